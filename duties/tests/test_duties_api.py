"""The API gives a partner system the same duties as the page and the command, through the same access rule."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from duties.tests.story import give_care_story


@pytest.mark.django_db
def test_the_api_lists_the_childs_duties_with_the_record_that_met_each(personas: Any) -> None:
    child = give_care_story(personas)
    client = Client()
    client.force_login(personas.wendy)
    found = client.get(f"/api/v1/children/{child.pk}/duties").json()
    first_visit = next(d for d in found if d["rule"] == "R6")
    assert first_visit["status"] == "done on time" and first_visit["satisfied_by"]["kind"] == "visit"
    assert "reg 28" in first_visit["source"]
    open_only = client.get(f"/api/v1/children/{child.pk}/duties?open_only=true").json()
    assert {d["status"] for d in open_only} <= {"due", "overdue"}
    assert any(d["rule"] == "R7" and d["status"] == "overdue" for d in open_only)
    earlier = client.get(
        f"/api/v1/children/{child.pk}/duties?as_of={timezone.localdate().replace(year=2000)}"
    )
    assert earlier.json() == []


@pytest.mark.django_db
def test_the_unrelated_worker_gets_404_from_the_api(personas: Any) -> None:
    child = give_care_story(personas)
    client = Client()
    client.force_login(personas.uma)
    response = client.get(f"/api/v1/children/{child.pk}/duties")
    assert response.status_code == 404 and b"Sky" not in response.content
