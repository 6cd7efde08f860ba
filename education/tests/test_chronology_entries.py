"""The education record in the chronology: a school move is significant and says when the records came (late
ones are said to be late), a permanent exclusion is critical, a suspension significant, a new school routine."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from chronology.models import Category, ChronologyEntry, Significance
from education.models import Enrolment, Exclusion, ExclusionKind
from education.services import enrolment_save, exclusion_save, school_move_records_received
from education.tests.factories import make_school, record_move


def _entry(source_type: str, record: Any) -> ChronologyEntry:
    return ChronologyEntry.objects.get(source_type=source_type, source_id=str(record.pk))


@pytest.mark.django_db
def test_school_moves_exclusions_and_enrolments_enter_the_chronology(personas: Any) -> None:
    child, wendy = personas.child, personas.wendy
    school = make_school(name="Example High School")
    move = record_move(wendy, child, from_school=school, left_on=datetime.date(2026, 6, 1))
    entry = _entry("schoolmove", move)
    assert entry.category == Category.EDUCATION and entry.significance == Significance.SIGNIFICANT
    assert entry.what_happened.startswith("School move: left Example High School on 1 Jun 2026")
    assert "The records are due by 22 Jun 2026." in entry.what_happened
    school_move_records_received(actor=wendy, move=move, on=datetime.date(2026, 6, 24))
    assert (
        "The records were received late, on 24 Jun 2026 (2 school days after"
        in _entry("schoolmove", move).what_happened
    )
    permanent = exclusion_save(
        actor=wendy,
        exclusion=Exclusion(
            child=child,
            school=school,
            kind=ExclusionKind.PERMANENT,
            start_date=datetime.date(2026, 5, 4),
            reason="Assault",
        ),
    )
    assert _entry("exclusion", permanent).significance == Significance.CRITICAL
    suspension = exclusion_save(
        actor=wendy,
        exclusion=Exclusion(
            child=child,
            school=school,
            kind=ExclusionKind.SUSPENSION,
            start_date=datetime.date(2026, 3, 2),
            days=3,
            reason="Fighting",
        ),
    )
    assert _entry("exclusion", suspension).significance == Significance.SIGNIFICANT
    assert "Suspended from Example High School for 3 days" in _entry("exclusion", suspension).what_happened
    enrolment = enrolment_save(
        actor=wendy, enrolment=Enrolment(child=child, school=school, start_date=datetime.date(2025, 9, 3))
    )
    started = _entry("enrolment", enrolment)
    assert (
        started.significance == Significance.ROUTINE
        and started.what_happened == "Started at Example High School"
    )
