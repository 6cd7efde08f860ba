"""The register's API: the list with the page's filters, paginated; one entry with its vacancies and record of
placements; adding and changing an entry (team managers and administrators, with the version for conflicts);
partners get 404, and every call is audited."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from audit.models import AuditEvent
from care.codes import PlacementChangeReason
from care.models import CarerProvider, Skill
from care.tests.factories import CarerProviderFactory, PlacementFactory
from lantern.api.auth import token_issue
from people.tests.factories import ChildFactory


def _api(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='t')}"})


def _send(client: Client, method: str, path: str, body: Any) -> Any:
    return client.generic(method, path, json.dumps(body), content_type="application/json")


@pytest.mark.django_db
def test_the_list_filters_and_pages(personas: Any) -> None:
    for n in range(3):
        CarerProviderFactory(name=f"Example Ash Household {n}", skills=[Skill.MISSING])
    CarerProviderFactory(name="Example Birch Household", skills=[])
    client = _api(personas.wendy)
    found = client.get("/api/v1/carers", {"skill": "missing", "limit": "2", "offset": "1"}).json()
    assert found["count"] == 3
    assert [c["name"] for c in found["items"]] == ["Example Ash Household 1", "Example Ash Household 2"]
    assert AuditEvent.objects.filter(actor=personas.wendy, action="search", object_type="carer").exists()


@pytest.mark.django_db
def test_one_entry_has_its_vacancies_and_record(personas: Any) -> None:
    carer: Any = CarerProviderFactory(places=3)
    PlacementFactory(child=ChildFactory(), carer_record=carer, start_date=date(2025, 1, 1))
    PlacementFactory(
        child=ChildFactory(),
        carer_record=carer,
        start_date=date(2023, 1, 1),
        end_date=date(2023, 5, 1),
        change_reason=PlacementChangeReason.ALLEG,
    )
    body = _api(personas.wendy).get(f"/api/v1/carers/{carer.pk}").json()
    assert (body["current"], body["vacancies"]) == (1, 2)
    assert body["record"] == {"total": 2, "ended": 1, "unplanned": 1, "unplanned_share": 1.0}
    assert AuditEvent.objects.filter(actor=personas.wendy, action="view", object_id=str(carer.pk)).exists()


@pytest.mark.django_db
def test_a_manager_adds_and_changes_an_entry_with_its_version(personas: Any) -> None:
    client = _api(personas.mia)
    added = _send(
        client,
        "POST",
        "/api/v1/carers",
        {
            "reference": "FC-EX-90",
            "name": "Example Elm Household",
            "kind": "connected",
            "skills": ["siblings"],
        },
    )
    assert added.status_code == 201, added.json()
    carer_id, version = added.json()["id"], added.json()["version"]
    changed = _send(client, "PATCH", f"/api/v1/carers/{carer_id}", {"version": version, "places": 2})
    assert changed.status_code == 200
    assert changed.json()["places"] == 2
    stale = _send(client, "PATCH", f"/api/v1/carers/{carer_id}", {"version": version, "places": 3})
    assert stale.status_code == 409
    assert CarerProvider.objects.get(pk=carer_id).places == 2


@pytest.mark.django_db
def test_an_oldest_age_under_the_youngest_is_refused(personas: Any) -> None:
    carer: Any = CarerProviderFactory()
    response = _send(_api(personas.mia), "PATCH", f"/api/v1/carers/{carer.pk}", {"min_age": 12, "max_age": 8})
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "max_age": ["The oldest age must be the same as or above the youngest"]
    }


@pytest.mark.django_db
def test_partners_get_404_and_readers_cannot_change(personas: Any) -> None:
    carer: Any = CarerProviderFactory()
    police = _api(personas.pat)
    assert police.get("/api/v1/carers").status_code == 404
    assert police.get(f"/api/v1/carers/{carer.pk}").json() == {"detail": "Not found"}
    for reader in (personas.wendy, UserFactory(role=Role.ANALYST)):
        assert _send(_api(reader), "PATCH", f"/api/v1/carers/{carer.pk}", {"places": 5}).status_code == 404
        body = {"reference": "FC-EX-91", "name": "Example Yew Household", "kind": "own_foster"}
        assert _send(_api(reader), "POST", "/api/v1/carers", body).status_code == 404
    assert AuditEvent.objects.filter(actor=personas.pat, action="refusal", object_type="carer").count() == 2
