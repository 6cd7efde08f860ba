"""Hard limits for a connected carer and for brothers and sisters placed together: a connected carer is approved for
a named child, so one who has had another child placed, and never this one, is excluded; one the child has been
placed with is not, and one with no child yet is ranked with a part saying to check. Every sibling placed together
must fall within the approval range and the sex limit."""

from __future__ import annotations

import uuid

from matching.needs import SiblingToPlace
from matching.rank import rank
from matching.tests.factories import facts, needs
from matching.weights import Weights

OTHER_CHILD = "Approved as a connected carer for another child: this child has never been placed with them"


def test_a_connected_carer_is_for_their_own_child_only() -> None:
    carer = facts("CC-0001", kind="connected", occupied=1, places=2)
    excluded = rank(needs(), [carer], Weights(), placed_with=frozenset()).excluded
    assert excluded[0].reasons == [OTHER_CHILD]
    own = rank(needs(), [carer], Weights(), placed_with=frozenset({carer.id})).ranked[0]
    assert "A connected carer the child has been placed with" in [p.words for p in own.parts]
    new = rank(
        needs(), [facts("CC-0002", kind="connected")], Weights(), placed_with=frozenset({uuid.uuid4()})
    )
    assert new.excluded == []
    assert any(p.words.startswith("A connected carer with no child placed yet") for p in new.ranked[0].parts)
    ended = facts("CC-0003", kind="connected", placements_ended=1)
    assert rank(needs(), [ended], Weights(), placed_with=frozenset()).excluded[0].reasons == [OTHER_CHILD]


def test_siblings_must_fit_the_approval_range_and_sex_limit() -> None:
    group = needs(
        age=9, sex="female", siblings=2, sibling_group=(SiblingToPlace(13, "male"), SiblingToPlace(4))
    )
    carer = facts(max_age=12, sex_limit="female", places=3)
    reasons = rank(group, [carer], Weights()).excluded[0].reasons
    assert reasons == [
        "Approved for ages 0 to 12; a brother or sister to place together is 13",
        "Approved for girls only; a brother is to be placed together",
        "Approved for girls only; a brother or sister whose sex is not known is to be placed together",
    ]
    fits = needs(age=9, sex="female", siblings=1, sibling_group=(SiblingToPlace(11, "female"),))
    assert rank(fits, [carer], Weights()).excluded == []
