from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.tests.factories import UserFactory
from casework.tests.factories import AllocationFactory


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_my_children_lists_the_workers_caseload_only(personas: Any) -> None:
    assert b"Robin Fictional" in _signed_in(personas.wendy).get("/children/").content
    assert b"Robin Fictional" not in _signed_in(personas.uma).get("/children/").content
    assert b"Robin Fictional" not in _signed_in(personas.pat).get("/children/").content


@pytest.mark.django_db
def test_team_view_shows_each_workers_children(personas: Any) -> None:
    AllocationFactory(worker=personas.wendy)
    page = _signed_in(personas.mia).get("/team/").content.decode()
    assert "Wendy Worker" in page and "Robin Fictional" in page and "2 children" in page
    assert "Robin Fictional" not in _signed_in(personas.max).get("/team/").content.decode()
    assert _signed_in(personas.wendy).get("/team/").status_code == 404


@pytest.mark.django_db
def test_allocation_ending_before_it_starts_is_refused(personas: Any) -> None:
    response = _signed_in(personas.mia).post(
        f"/children/{personas.child.pk}/allocations/{personas.allocation.pk}/edit/",
        {
            "worker": personas.wendy.pk,
            "role": "social_worker",
            "start_date": "6/1/2025",
            "end_date": "1/1/2025",
        },
    )
    assert b"End date must be on or after the start date" in response.content


@pytest.mark.django_db
def test_manager_changes_the_allocated_worker(personas: Any) -> None:
    wes: Any = UserFactory(username="wes", first_name="Wes", last_name="Newworker", team=personas.wendy.team)
    client = _signed_in(personas.mia)
    client.post(
        f"/children/{personas.child.pk}/allocations/new/",
        {
            "worker": wes.pk,
            "role": "social_worker",
            "start_date": "1/11/2026",
        },
    )
    client.post(
        f"/children/{personas.child.pk}/allocations/{personas.allocation.pk}/edit/",
        {
            "worker": personas.wendy.pk,
            "role": "social_worker",
            "start_date": "6/1/2025",
            "end_date": "31/10/2026",
            "end_reason": "LEFTRL",
        },
    )
    assert b"Robin Fictional" in _signed_in(wes).get("/children/").content
    assert b"Robin Fictional" not in _signed_in(personas.wendy).get("/children/").content
    page = client.get(f"/children/{personas.child.pk}/").content.decode()
    assert "Earlier workers (1)" in page and "worker left the role" in page
