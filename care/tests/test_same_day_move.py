"""A move is recorded as SSDA903 records it: the old placement ends on the day the new one starts. Two placements
starting the same day, or one starting inside another, are still refused."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from care.models import Placement
from care.services import care_record_save

MOVE = datetime.date(2025, 6, 2)


def _placement(child: Any, start: datetime.date, carer: str) -> Placement:
    return Placement(child=child, place="U6", provider="PR4", carer=carer, start_date=start)


@pytest.mark.django_db
def test_a_move_ends_one_placement_and_starts_the_next_on_the_same_day(personas: Any) -> None:
    current = personas.child.placements.get()
    current.end_date, current.change_reason = MOVE, "CARPL"
    care_record_save(actor=personas.wendy, record=current)
    care_record_save(actor=personas.wendy, record=_placement(personas.child, MOVE, "Lee Example"))
    assert [p.carer for p in personas.child.placements.order_by("start_date")] == [
        "Sam and Alex Carer",
        "Lee Example",
    ]


@pytest.mark.django_db
def test_a_placement_starting_inside_another_is_refused(personas: Any) -> None:
    current = personas.child.placements.get()
    current.end_date, current.change_reason = MOVE, "CARPL"
    care_record_save(actor=personas.wendy, record=current)
    with pytest.raises(ValidationError, match="overlaps the placement from 10/01/2024"):
        care_record_save(
            actor=personas.wendy,
            record=_placement(personas.child, MOVE - datetime.timedelta(days=1), "Lee Example"),
        )
    assert personas.child.placements.count() == 1
