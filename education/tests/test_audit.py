"""Every change to the education record is in the audit log with what changed: a school move recorded, its records
received, and a school added to the register."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from audit.models import AuditEvent
from education.models import Phase, School
from education.services import school_move_records_received, school_save
from education.tests.factories import record_move


@pytest.mark.django_db
def test_changes_to_the_education_record_are_audited(personas: Any) -> None:
    move = record_move(personas.wendy, personas.child)
    created = AuditEvent.objects.get(action="create", object_type="schoolmove", object_id=str(move.pk))
    assert created.child_id == personas.child.pk and created.actor == personas.wendy
    school_move_records_received(actor=personas.mia, move=move, on=datetime.date(2026, 6, 10))
    updated = AuditEvent.objects.get(action="update", object_type="schoolmove", object_id=str(move.pk))
    assert updated.actor == personas.mia and "records_received_on" in (updated.diff or {})
    school = school_save(
        actor=personas.mia,
        school=School(
            urn="999888",
            name="Example Free School",
            authority="Lantern Borough Council",
            phase=Phase.SECONDARY,
        ),
    )
    assert AuditEvent.objects.filter(action="create", object_type="school", object_id=str(school.pk)).exists()
