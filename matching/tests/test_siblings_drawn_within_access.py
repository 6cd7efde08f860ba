"""The brothers and sisters drawn from the record are only those the searching user may see, in relationships that
have not ended: a sibling outside the user's access, or a relationship ended before the search day, is not counted,
and each counted sibling's age and sex are drawn for the approval range."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone

from care.models import PeriodOfCare
from casework.tests.factories import AllocationFactory
from education.key_stage import age_on
from matching.drawn import draw_needs
from matching.needs import SiblingToPlace
from people.models import RelationshipType
from people.tests.factories import ChildFactory, PersonFactory, RelationshipFactory


def _sibling(personas: Any, today: date, *, seen: bool, ended: date | None = None) -> Any:
    sibling: Any = ChildFactory(person=PersonFactory(date_of_birth=date(2016, 3, 1), sex="M"))
    RelationshipFactory(
        person_a=personas.child.person, person_b=sibling.person, kind=RelationshipType.SIBLING, end_date=ended
    )
    PeriodOfCare.objects.create(child=sibling, start_date=today - timedelta(days=100))
    if seen:
        AllocationFactory(child=sibling, worker=personas.wendy)
    return sibling


@pytest.mark.django_db
def test_only_siblings_the_user_may_see_in_current_relationships(personas: Any) -> None:
    today = timezone.localdate()
    _sibling(personas, today, seen=True)
    _sibling(personas, today, seen=False)  # another team's child: Wendy may not see them
    _sibling(personas, today, seen=True, ended=today - timedelta(days=1))  # relationship ended

    drawn = draw_needs(personas.child, today, personas.wendy)
    assert drawn.needs.siblings == 1
    assert drawn.needs.sibling_group == (SiblingToPlace(age_on(date(2016, 3, 1), today), "male"),)
    assert drawn.sources["siblings"].startswith("1 brother or sister in care")

    unrelated = draw_needs(personas.child, today, personas.uma)
    assert unrelated.needs.siblings == 0 and unrelated.needs.sibling_group == ()
