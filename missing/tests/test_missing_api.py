"""The missing record through the API: the carer reports an episode and records the return, the return interview
service records the interview, a partner system reads the pattern; the unrelated worker gets 404, and a time that
is not a time is refused with a message a person can act on."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from lantern.api.auth import token_issue
from missing.models import MissingEpisode
from missing.tests.helpers import hours_ago


def _api(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='test')}"})


def _iso(moment: Any) -> str:
    return timezone.localtime(moment).isoformat(timespec="minutes")


@pytest.mark.django_db
def test_report_return_interview_and_pattern(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}"
    carl = _api(personas.carl)
    response = carl.post(
        f"{base}/missing-episodes",
        {"kind": "M", "started_at": _iso(hours_ago(30)), "reported_by": "Carl Carer, foster carer"},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["ended_at"] is None and created["return_interview"] is None
    response = carl.patch(
        f"{base}/missing-episodes/{created['id']}",
        {"ended_at": _iso(hours_ago(20)), "found_with": "Big J", "version": created["version"]},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["found_with"] == "Big J"

    response = _api(personas.rita).put(
        f"{base}/missing-episodes/{created['id']}/return-interview",
        {"offered_at": _iso(hours_ago(10)), "response": "declined", "offered_by": "Rita Return"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["return_interview"]["status"] == "declined"
    assert response.json()["return_interview"]["late"] is False

    pattern = _api(personas.pat).get(f"{base}/missing-pattern").json()
    assert pattern["in_30_days"] == 1 and isinstance(pattern["flags"], list)
    listed = _api(personas.rita).get(f"{base}/missing-episodes").json()
    assert listed[0]["id"] == created["id"]


@pytest.mark.django_db
def test_refusals(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}"
    before = MissingEpisode.objects.count()
    response = _api(personas.carl).post(
        f"{base}/missing-episodes",
        {"kind": "M", "started_at": 1700000000, "reported_by": "Carl"},
        content_type="application/json",
    )
    assert response.status_code == 422 and "started_at" in response.json()["detail"]
    response = _api(personas.carl).post(
        f"{base}/missing-episodes",
        {
            "kind": "M",
            "started_at": _iso(hours_ago(3)),
            "ended_at": _iso(hours_ago(5)),
            "reported_by": "Carl",
        },
        content_type="application/json",
    )
    assert response.status_code == 400 and "after the child went missing" in response.json()["detail"]
    assert _api(personas.uma).get(f"{base}/missing-episodes").status_code == 404
    assert (
        _api(personas.rita)
        .post(
            f"{base}/missing-episodes",
            {"kind": "M", "started_at": _iso(hours_ago(3)), "reported_by": "Rita"},
            content_type="application/json",
        )
        .status_code
        == 404
    )
    assert MissingEpisode.objects.count() == before


@pytest.mark.django_db
def test_a_day_off_the_calendar_is_refused(personas: Any) -> None:
    response = _api(personas.wendy).get(
        f"/api/v1/children/{personas.child.pk}/missing-pattern?as_of=9999-12-31"
    )
    assert response.status_code == 400 and "between the years 1900 and 2100" in response.json()["detail"]


@pytest.mark.django_db
def test_a_time_off_the_calendar_is_refused(personas: Any) -> None:
    response = _api(personas.carl).post(
        f"/api/v1/children/{personas.child.pk}/missing-episodes",
        {"kind": "M", "started_at": "0001-01-01T00:30:00+01:00", "reported_by": "Carl"},
        content_type="application/json",
    )
    assert response.status_code == 400 and "between the years 1900 and 2100" in response.json()["detail"]
