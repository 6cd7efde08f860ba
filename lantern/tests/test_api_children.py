from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from lantern.api.auth import token_issue


def _client(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='test system')}"})


@pytest.mark.django_db
def test_allocated_worker_reads_the_child_and_the_read_is_audited(personas: Any) -> None:
    response = _client(personas.wendy).get(f"/api/v1/children/{personas.child.pk}")
    assert response.status_code == 200
    body = response.json()
    assert body["local_id"] == "900001"
    assert body["person"]["other_names"][0]["name"] == "Bobbie"
    event = AuditEvent.objects.filter(child_id=personas.child.pk, action="view").last()
    assert event is not None and event.actor == personas.wendy


@pytest.mark.django_db
def test_list_shows_only_visible_children(personas: Any) -> None:
    assert _client(personas.wendy).get("/api/v1/children").json()["count"] == 1
    assert _client(personas.uma).get("/api/v1/children").json() == {"count": 0, "items": []}
    assert _client(personas.uma).get("/api/v1/children?q=Fictional").json()["count"] == 0


@pytest.mark.django_db
def test_create_child_allocates_the_caller(personas: Any) -> None:
    payload = {
        "forename": "Sam",
        "surname": "Invented",
        "date_of_birth": "2012-02-29",
        "sex": "M",
        "nhs_number": "9434765919",
    }
    response = _client(personas.wendy).post("/api/v1/children", payload, content_type="application/json")
    assert response.status_code == 201, response.content
    child_id = response.json()["id"]
    allocations = _client(personas.wendy).get(f"/api/v1/children/{child_id}/allocations").json()
    assert [a["worker"]["username"] for a in allocations] == ["wendy"]


@pytest.mark.django_db
def test_bad_nhs_number_is_refused_with_a_message_a_person_can_act_on(personas: Any) -> None:
    response = _client(personas.wendy).patch(
        f"/api/v1/children/{personas.child.pk}", {"nhs_number": "9434765918"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "NHS number" in response.json()["detail"]
    assert "nhs_number" in response.json()["errors"]


@pytest.mark.django_db
def test_police_with_a_grant_reads_but_cannot_change(personas: Any) -> None:
    client = _client(personas.pat)
    assert client.get(f"/api/v1/children/{personas.child.pk}").status_code == 200
    response = client.patch(
        f"/api/v1/children/{personas.child.pk}", {"surname": "X"}, content_type="application/json"
    )
    assert response.status_code == 404


@pytest.mark.django_db
def test_no_token_is_refused(personas: Any) -> None:
    response = Client().get("/api/v1/children")
    assert response.status_code == 401
    assert "Bearer" in response.json()["detail"]


@pytest.mark.django_db
def test_a_date_range_that_ends_before_it_starts_is_refused(personas: Any) -> None:
    response = _client(personas.mia).patch(
        f"/api/v1/children/{personas.child.pk}/allocations/{personas.allocation.pk}",
        {"end_date": "2024-12-31"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {"end_date": ["End date must be on or after the start date"]}
    personas.allocation.refresh_from_db()
    assert personas.allocation.end_date is None
