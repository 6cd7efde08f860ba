"""A care leaver's birthday records through their pages: the worker records what was known at the 19th birthday; a
day that is not a 17th to 21st birthday, answers the return does not take, or a birthday on which the young person
was still looked after are refused at the fields with the GOV.UK error summary, and nothing is written."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from casework.care_leaver import CareLeaverOutcome
from returns.tests.factories import PeriodOfCareFactory

D = datetime.date


def _care_leaver(personas: Any) -> Client:
    person = personas.child.person
    person.date_of_birth = D(2006, 5, 10)
    person.save()
    PeriodOfCareFactory(
        child=personas.child, start_date=D(2022, 1, 10), end_date=D(2024, 5, 10), end_reason="E5"
    )
    client = Client()
    client.force_login(personas.wendy)
    return client


def _url(personas: Any, path: str = "") -> str:
    return f"/children/{personas.child.pk}/care-leaver/{path}"


@pytest.mark.django_db
def test_the_worker_records_the_19th_birthday(personas: Any) -> None:
    wendy = _care_leaver(personas)
    response = wendy.post(
        _url(personas, "new/"),
        {"birthday": "10/5/2025", "in_touch": "YES", "activity": "F4", "accommodation": "U1"},
    )
    outcome = CareLeaverOutcome.objects.get(child=personas.child)
    assert response["Location"] == _url(personas, f"#record-{outcome.pk}")
    assert (outcome.recorded_by, outcome.activity, outcome.accommodation) == (personas.wendy, "F4", "U1")
    assert AuditEvent.objects.filter(
        action="create", object_type="careleaveroutcome", object_id=str(outcome.pk)
    ).exists()
    page = wendy.get(_url(personas)).content.decode()
    assert "19th birthday, 10 May 2025" in page
    assert "Full-time training or employment" in page and "Independent living, suitable" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("posted", "field", "message"),
    [
        ({"birthday": "11/5/2025", "in_touch": "NO"}, "birthday", "Enter their 17th to 21st birthday"),
        ({"birthday": "10/5/2025", "in_touch": "YES"}, "activity", "Select their main activity"),
        (
            {"birthday": "10/5/2025", "in_touch": "DIED", "accommodation": "B1"},
            "accommodation",
            "Leave this blank",
        ),
        ({"birthday": "10/5/2023", "in_touch": "NO"}, "birthday", "They were looked after on that birthday"),
        (
            {"birthday": "10/5/2023", "in_touch": "YES", "activity": "F2", "accommodation": "Z1"},
            "accommodation",
            "At 17, living with former foster carers is a placement",
        ),
    ],
)
def test_what_the_return_would_reject_is_refused_at_the_field(
    personas: Any, posted: dict[str, str], field: str, message: str
) -> None:
    wendy = _care_leaver(personas)
    response = wendy.post(_url(personas, "new/"), {"activity": "", "accommodation": "", **posted})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page and f'href="#id_{field}"' in page
    assert message in page
    assert not CareLeaverOutcome.objects.exists()
