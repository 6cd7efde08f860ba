"""Hard limits come before any score: a carer who fails one is excluded, with each failed limit in words."""

from __future__ import annotations

from matching.rank import rank
from matching.tests.factories import facts, needs
from matching.weights import Weights


def _reasons(child_needs: object, **carer: object) -> list[str]:
    ranking = rank(child_needs, [facts(**carer)], Weights())  # type: ignore[arg-type]
    return ranking.excluded[0].reasons if ranking.excluded else []


def test_a_carer_not_taking_placements_is_excluded() -> None:
    assert _reasons(needs(), status="on_hold") == ["Not taking placements: on hold, not taking placements"]
    assert _reasons(needs(), status="closed") == ["Not taking placements: no longer approved or closed"]


def test_age_outside_the_approval_range() -> None:
    assert _reasons(needs(age=15), min_age=0, max_age=10) == ["Approved for ages 0 to 10; the child is 15"]


def test_sex_limit() -> None:
    assert _reasons(needs(sex="female"), sex_limit="male") == ["Approved for boys only"]
    assert _reasons(needs(sex="female"), sex_limit="female") == []


def test_no_vacancy_and_not_enough_for_the_siblings() -> None:
    assert _reasons(needs(), places=2, occupied=2) == ["No vacancy (all 2 places taken)"]
    assert _reasons(needs(siblings=2), places=3, occupied=1) == [
        "2 places free, 3 children to place together"
    ]
    assert _reasons(needs(siblings=1), places=3, occupied=1) == []


def test_supported_accommodation_is_for_16_and_over() -> None:
    assert _reasons(needs(age=14), kind="supported", min_age=16, max_age=17) == [
        "Approved for ages 16 to 17; the child is 14",
        "Supported accommodation is for young people of 16 and over; the child is 14",
    ]


def test_parent_and_child_needs_the_skill() -> None:
    assert _reasons(needs(age=17, parent_and_child=True)) == ["Not approved for parent and child placements"]
    assert _reasons(needs(age=17, parent_and_child=True), skills={"parent_and_child"}) == []


def test_every_failed_limit_is_named() -> None:
    reasons = _reasons(needs(age=15, sex="male"), status="closed", max_age=12, sex_limit="female", occupied=2)
    assert len(reasons) == 4
