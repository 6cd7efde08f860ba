"""The virtual school's designated teacher (a partner with a grant) adds and corrects attendance and exclusions but
cannot delete them: deleting needs the responsible workers' edit level (Need.EDIT), as every other record of the
child. The refusal is a 404, audited; the record stays; the allocated worker deletes it with a reason."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from education.models import Attendance, Exclusion, ExclusionKind
from education.services import attendance_save, exclusion_save
from education.tests.factories import make_school

pytestmark = pytest.mark.usefixtures("fixed_today")


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _records(personas: Any) -> tuple[Attendance, Exclusion]:
    school = make_school()
    attendance = attendance_save(
        actor=personas.tess,
        attendance=Attendance(
            child=personas.child,
            school=school,
            period_start=datetime.date(2026, 9, 2),
            period_end=datetime.date(2026, 10, 23),
            sessions_possible=60,
            sessions_attended=58,
        ),
    )
    exclusion = exclusion_save(
        actor=personas.tess,
        exclusion=Exclusion(
            child=personas.child,
            school=school,
            kind=ExclusionKind.SUSPENSION,
            start_date=datetime.date(2026, 10, 5),
            days=1,
            reason="Fighting",
        ),
    )
    return attendance, exclusion


@pytest.mark.django_db
def test_the_designated_teacher_cannot_delete_attendance_or_exclusions(personas: Any) -> None:
    attendance, exclusion = _records(personas)
    tess = _client(personas.tess)
    base = f"/children/{personas.child.pk}/education/"
    for segment, record in (("attendance", attendance), ("exclusions", exclusion)):
        edit = tess.get(f"{base}{segment}/{record.pk}/edit/")
        assert edit.status_code == 200 and "/delete/" not in edit.content.decode()
        assert tess.get(f"{base}{segment}/{record.pk}/delete/").status_code == 404
        posted = tess.post(f"{base}{segment}/{record.pk}/delete/", {"reason": "Entered twice"})
        assert posted.status_code == 404
    assert Attendance.objects.filter(pk=attendance.pk).exists()
    assert Exclusion.objects.filter(pk=exclusion.pk).exists()
    assert (
        AuditEvent.objects.filter(actor=personas.tess, action="refusal", child_id=personas.child.pk).count()
        == 4
    )


@pytest.mark.django_db
def test_the_allocated_worker_deletes_them_with_a_reason(personas: Any) -> None:
    attendance, exclusion = _records(personas)
    wendy = _client(personas.wendy)
    base = f"/children/{personas.child.pk}/education/"
    assert (
        wendy.post(f"{base}attendance/{attendance.pk}/delete/", {"reason": "Wrong child"}).status_code == 302
    )
    assert (
        wendy.post(f"{base}exclusions/{exclusion.pk}/delete/", {"reason": "Wrong child"}).status_code == 302
    )
    assert not Attendance.objects.exists() and not Exclusion.objects.exists()
