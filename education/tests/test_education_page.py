"""The education record page: the school now with its designated teacher, the virtual school, the year group and
key stage, attendance with its percentage (missing 10% or more of the sessions is persistent absence), exclusions,
school moves with the records' status and the PEPs with their duty due dates; the education partner with a grant
records attendance but not enrolments."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from education.models import Attendance, Enrolment, Exclusion, ExclusionKind
from education.services import attendance_save, enrolment_save, exclusion_save
from education.tests.factories import make_school, record_move, virtual_school_teacher

pytestmark = pytest.mark.usefixtures(
    "fixed_today"
)  # the year group and this school year's attendance are dated


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_the_page_shows_the_whole_education_record(personas: Any) -> None:
    child, wendy = personas.child, personas.wendy
    school = make_school(name="Example High School", designated_teacher="Dana Example")
    enrolment_save(
        actor=wendy, enrolment=Enrolment(child=child, school=school, start_date=datetime.date(2025, 9, 3))
    )
    attendance_save(
        actor=wendy,
        attendance=Attendance(
            child=child,
            school=school,
            period_start=datetime.date(2026, 9, 2),
            period_end=datetime.date(2026, 10, 23),
            sessions_possible=60,
            sessions_attended=50,
        ),
    )
    exclusion_save(
        actor=wendy,
        exclusion=Exclusion(
            child=child,
            school=school,
            kind=ExclusionKind.SUSPENSION,
            start_date=datetime.date(2026, 10, 5),
            days=2,
            reason="Fighting",
        ),
    )
    record_move(wendy, child, left_on=datetime.date(2026, 6, 1), to_school=school)
    page = _client(personas.pat).get(f"/children/{child.pk}/education/").content.decode()
    assert "Example High School (URN" in page and "Dana Example" in page
    assert "Lantern Virtual School" in page
    assert "Year 7 (Key Stage 3)" in page
    assert "83.3%" in page and "Persistently absent" in page
    assert "Suspension (fixed period), 2.0 days" in page
    assert "Not sent: late by" in page  # due 22 Jun 2026, never sent
    assert "Next PEP due" in page
    assert "Record a school move" not in page and "Add an attendance record" not in page  # police: read only


@pytest.mark.django_db
def test_the_virtual_school_records_attendance_but_not_enrolments(personas: Any) -> None:
    vera = _client(virtual_school_teacher(personas.child))
    base = f"/children/{personas.child.pk}/education/"
    assert vera.get(base + "attendance/new/").status_code == 200
    assert vera.get(base + "enrolments/new/").status_code == 404
    response = vera.post(
        base + "attendance/new/",
        {
            "period_start": "2/9/2026",
            "period_end": "23/10/2026",
            "sessions_possible": "60",
            "sessions_attended": "58",
        },
    )
    assert response.status_code == 302
    assert Attendance.objects.get(child=personas.child).sessions_attended == 58


@pytest.mark.django_db
def test_attended_more_than_possible_is_refused_with_an_error_summary(personas: Any) -> None:
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/education/attendance/new/",
        {
            "period_start": "2/9/2026",
            "period_end": "1/9/2026",
            "sessions_possible": "60",
            "sessions_attended": "61",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in page
    assert "Sessions attended cannot be more than sessions possible" in page
    assert "The period cannot end before it starts" in page
    assert not Attendance.objects.exists()


@pytest.mark.django_db
def test_leaving_before_joining_is_refused_with_an_error_summary(personas: Any) -> None:
    school = make_school()
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/education/enrolments/new/",
        {"school": str(school.pk), "start_date": "3/9/2025", "end_date": "1/9/2025"},
    )
    page = response.content.decode()
    assert "There is a problem" in page and "The child cannot leave before joining" in page
    assert not Enrolment.objects.exists()
