"""The matching API: the drawn needs with their sources, a search from the worker's additions (the saved match with
its ranking), the list and one search, and the decision (refused with 400 before the search, or for an excluded
carer); an unrelated worker gets 404."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from care.tests.factories import CarerProviderFactory
from lantern.api.auth import token_issue
from matching.models import PlacementMatch


def _client(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='partner')}"})


def _post(client: Client, path: str, body: dict[str, Any]) -> Any:
    return client.post(path, json.dumps(body), content_type="application/json")


@pytest.mark.django_db
def test_search_and_decide_through_the_api(personas: Any) -> None:
    trained: Any = CarerProviderFactory(
        reference="FC-0001", name="Example Household One", skills=["exploitation"]
    )
    closed: Any = CarerProviderFactory(reference="FC-0002", status="closed")
    api = _client(personas.wendy)
    base = f"/api/v1/children/{personas.child.pk}/matching"
    drawn = api.get(f"{base}/needs").json()
    assert drawn["needs"]["age"] == 12
    assert drawn["sources"]["age"] == "Date of birth 1 Sep 2014"

    response = _post(
        api,
        base,
        {
            "exploitation_risk": "high",
            "avoid_areas": [{"name": "Northtown", "why": "went missing there"}],
            "worker_added": "Robin wants a family",
        },
    )
    assert response.status_code == 201, response.content
    found = response.json()
    assert found["needs"]["exploitation_risk"] == "high" and found["needs"]["age"] == 12
    assert found["worker_notes"] == "Robin wants a family"
    first = found["ranking"][0]
    assert (first["reference"], first["rank"]) == ("FC-0001", 1)
    assert {"points": 10.0, "words": "Trained in exploitation risk"} in first["parts"]
    excluded = next(r for r in found["ranking"] if r["reference"] == "FC-0002")
    assert excluded["rank"] is None and excluded["excluded"][0].startswith("Not taking placements")

    assert [m["id"] for m in api.get(base).json()] == [found["id"]]
    one = f"{base}/{found['id']}"
    assert api.get(one).json()["id"] == found["id"]

    refused = _post(api, f"{one}/decision", {"carer_id": str(closed.pk), "reasons": "Because"})
    assert refused.status_code == 400 and "failed a hard limit" in refused.content.decode()
    early = (timezone.localdate() - timedelta(days=1)).isoformat()
    refused = _post(
        api, f"{one}/decision", {"carer_id": str(trained.pk), "reasons": "Yes", "decided_on": early}
    )
    assert (
        refused.status_code == 400
        and "The decision cannot come before the search" in refused.content.decode()
    )
    decided = _post(api, f"{one}/decision", {"carer_id": str(trained.pk), "reasons": "Trained and near"})
    assert decided.status_code == 201
    assert (decided.json()["chosen_id"], decided.json()["chosen_rank"]) == (str(trained.pk), 1)


@pytest.mark.django_db
def test_an_unrelated_worker_gets_404(personas: Any) -> None:
    response = _post(_client(personas.uma), f"/api/v1/children/{personas.child.pk}/matching", {})
    assert response.status_code == 404
    assert not PlacementMatch.objects.exists()
