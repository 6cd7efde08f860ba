"""`lantern duties` lists every duty of a child with its rule, due date, status and the record that met it, and
the child's duties page shows the same duties."""

from __future__ import annotations

import datetime
import io
import json
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from duties.tests.story import STARTED_DAYS_AGO, give_care_story


def _duties(*args: str) -> dict[str, Any]:
    out = io.StringIO()
    call_command("duties", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_the_first_visit_was_on_time_and_the_next_is_overdue(personas: Any) -> None:
    child = give_care_story(personas)
    today = timezone.localdate()
    found = _duties("--child", child.local_id, "--as-of", today.isoformat())["duties"]
    by_rule = {(d["rule"], d["status"]) for d in found}
    assert ("R6", "done on time") in by_rule
    first_visit = next(d for d in found if d["rule"] == "R6")
    assert first_visit["satisfied_by"]["kind"] == "visit"
    assert first_visit["done_on"] == (today - datetime.timedelta(days=STARTED_DAYS_AGO - 3)).isoformat()
    assert ("R7", "overdue") in by_rule
    assert ("R13", "overdue") in by_rule  # no review within 20 working days
    assert all(d["local_id"] == child.local_id for d in found)


@pytest.mark.django_db
def test_replaying_an_earlier_day_ignores_what_came_later(personas: Any) -> None:
    child = give_care_story(personas)
    start = timezone.localdate() - datetime.timedelta(days=STARTED_DAYS_AGO)
    found = _duties("--child", child.local_id, "--as-of", (start + datetime.timedelta(days=1)).isoformat())
    first_visit = next(d for d in found["duties"] if d["rule"] == "R6")
    assert first_visit["status"] == "due"
    assert first_visit["satisfied_by"] is None


@pytest.mark.django_db
def test_the_page_shows_the_same_open_duties_as_the_command(personas: Any) -> None:
    child = give_care_story(personas)
    today = timezone.localdate()
    open_duties = _duties("--child", child.local_id, "--as-of", today.isoformat(), "--open")["duties"]
    client = Client()
    client.force_login(personas.wendy)
    page = client.get(f"/children/{child.pk}/duties/").content.decode()
    assert open_duties
    for duty in open_duties:
        assert duty["about"] in page
        assert f"{datetime.date.fromisoformat(duty['due_on']):%-d %b %Y}" in page


@pytest.mark.django_db
def test_an_unknown_child_is_refused_clearly(personas: Any) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No child has the local ID"):
        call_command("duties", "--child", "NOPE", stdout=io.StringIO())
