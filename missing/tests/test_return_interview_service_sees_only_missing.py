"""The commissioned return interview service records the interview, and sees the child's missing record and nothing
else: the child's page, care record, chronology and case notes are 404 to it."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from missing.models import ReturnInterview
from missing.tests.helpers import client_for, episode, hours_ago


@pytest.mark.django_db
def test_rita_records_the_interview_and_sees_nothing_else(personas: Any) -> None:
    rita = client_for(personas.rita)
    child = personas.child.pk
    for path in ("", "care/", "chronology/", "notes/", "missing-profile/", "duties/"):
        assert rita.get(f"/children/{child}/{path}").status_code == 404, path
    found = episode(personas, started=hours_ago(30), hours=6)
    page = rita.get(f"/children/{child}/missing/").content.decode()
    assert "Record<span" in page and "Report a missing episode" not in page
    assert f"Back to {personas.child.person.full_name}" not in page  # a link it could not follow
    offered = hours_ago(10)
    response = rita.post(
        f"/children/{child}/missing/{found.pk}/return-interview/",
        {
            "offered_at": f"{timezone.localtime(offered):%d/%m/%Y %H:%M}",
            "offered_by": "Rita Return",
            "response": "accepted",
            "done_on": f"{timezone.localdate():%d/%m/%Y}",
            "done_by": "Rita Return",
            "push_factors": "Rows at the placement about phone time",
            "places": "Northgate retail park car park\nthe flat above the takeaway on Mill Lane",
            "people": "Big J",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    saved = ReturnInterview.objects.get(episode=found)
    assert saved.recorded_by == personas.rita
    page = rita.get(f"/children/{child}/missing/").content.decode()
    assert "Done; offered 14 hours after the return" in page and "Big J" in page


@pytest.mark.django_db
def test_an_offer_before_the_return_is_refused(personas: Any) -> None:
    found = episode(personas, started=hours_ago(30), hours=20)
    response = client_for(personas.rita).post(
        f"/children/{personas.child.pk}/missing/{found.pk}/return-interview/",
        {"offered_at": f"{timezone.localtime(hours_ago(25)):%d/%m/%Y %H:%M}", "response": "declined"},
    )
    assert response.status_code == 200
    assert "The interview is offered after the child came back" in response.content.decode()
    assert not ReturnInterview.objects.filter(episode=found).exists()


@pytest.mark.django_db
def test_no_interview_while_the_child_is_still_missing(personas: Any) -> None:
    found = episode(personas, started=hours_ago(5), hours=None)
    response = client_for(personas.rita).post(
        f"/children/{personas.child.pk}/missing/{found.pk}/return-interview/", {"offered_by": "Rita"}
    )
    assert "Record when the child came back before the return interview" in response.content.decode()


@pytest.mark.django_db
def test_rita_finds_no_child_in_search_or_the_api_list(personas: Any) -> None:
    from lantern.api.auth import token_issue

    assert client_for(personas.rita).get("/search/?q=Robin").status_code == 404
    api = client_for(personas.rita)
    api.defaults["HTTP_AUTHORIZATION"] = f"Bearer {token_issue(user=personas.rita, name='t')}"
    listed = api.get("/api/v1/children?q=Robin").json()
    assert listed == {"count": 0, "items": []}
