"""A school place agreed to start soon can be recorded: a move's joining day (and the enrolment it starts) may be up
to 90 days ahead, through the form and the API; further ahead is refused. The new school is not the school now
until the child joins it."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from django.test import Client

from education.models import Enrolment, SchoolMove
from education.selectors import education_record
from education.tests.factories import make_school
from lantern.api.auth import token_issue

pytestmark = pytest.mark.usefixtures("fixed_today")


def _day(day: datetime.date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


@pytest.mark.django_db
def test_a_place_starting_next_week_is_recorded_and_starts_then(
    personas: Any, fixed_today: datetime.date
) -> None:
    old, new = make_school(name="Example Primary"), make_school(name="Example Secondary")
    Enrolment.objects.create(child=personas.child, school=old, start_date=datetime.date(2020, 9, 2))
    client = Client()
    client.force_login(personas.wendy)
    next_week = fixed_today + datetime.timedelta(days=7)
    response = client.post(
        f"/children/{personas.child.pk}/education/moves/new/",
        {
            "from_school": str(old.pk),
            "to_school": str(new.pk),
            "reason": "choice",
            "left_on": _day(fixed_today),
            "joined_on": _day(next_week),
            "move_enrolments": "on",
        },
    )
    assert response.status_code == 302
    assert SchoolMove.objects.get().joined_on == next_week
    assert Enrolment.objects.get(school=new).start_date == next_week
    assert education_record(user=personas.wendy, child=personas.child, today=fixed_today).main_school == old
    later = education_record(user=personas.wendy, child=personas.child, today=next_week)
    assert later.main_school == new


@pytest.mark.django_db
def test_more_than_90_days_ahead_is_refused(personas: Any, fixed_today: datetime.date) -> None:
    api = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='t')}"})
    body = {
        "reason": "choice",
        "left_on": str(fixed_today),
        "joined_on": str(fixed_today + datetime.timedelta(days=91)),
    }
    path = f"/api/v1/children/{personas.child.pk}/school-moves"
    refused = api.post(path, json.dumps(body), content_type="application/json")
    assert refused.status_code == 400
    assert refused.json()["errors"] == {
        "joined_on": ["The date can be at most 90 days ahead (a school place agreed to start)"]
    }
    body["joined_on"] = str(fixed_today + datetime.timedelta(days=90))
    assert api.post(path, json.dumps(body), content_type="application/json").status_code == 201
