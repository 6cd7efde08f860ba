"""The API links the placement a decided match led to and records the outcome notes, as the pages do: the link is
refused for a placement that is not with the carer chosen, the notes for a search with no decision; both are
audited, and an unrelated worker gets 404."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from audit.models import AuditEvent
from care.tests.factories import CarerProviderFactory, PlacementFactory
from lantern.api.auth import token_issue
from matching.services import match_search
from matching.tests.factories import decided_match, needs


def _post(user: Any, path: str, body: dict[str, Any]) -> Any:
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='partner')}"})
    return client.post(path, json.dumps(body), content_type="application/json")


@pytest.mark.django_db
def test_link_the_placement_and_record_the_notes(personas: Any) -> None:
    match = decided_match(personas)
    base = f"/api/v1/children/{personas.child.pk}/matching/{match.pk}"
    other: Any = PlacementFactory(
        child=personas.child, carer_record=CarerProviderFactory(), start_date=timezone.localdate()
    )
    refused = _post(personas.wendy, f"{base}/placement", {"placement_id": str(other.pk)})
    assert refused.status_code == 400 and "not with the carer chosen" in refused.json()["detail"]
    placement: Any = PlacementFactory(
        child=personas.child, carer_record=match.chosen, start_date=timezone.localdate()
    )
    assert _post(personas.uma, f"{base}/placement", {"placement_id": str(placement.pk)}).status_code == 404

    linked = _post(personas.wendy, f"{base}/placement", {"placement_id": str(placement.pk)})
    assert linked.status_code == 201 and linked.json()["placement_id"] == str(placement.pk)
    assert linked.json()["outcome"] == "open"
    noted = _post(personas.wendy, f"{base}/outcome-notes", {"outcome_notes": "Settled; school every day"})
    assert noted.status_code == 201 and noted.json()["outcome_notes"] == "Settled; school every day"
    reasons = list(
        AuditEvent.objects.filter(object_type="placementmatch", object_id=str(match.pk))
        .order_by("seq")
        .values_list("reason", flat=True)
    )
    assert reasons[-2:] == ["placement linked", "outcome notes"]


@pytest.mark.django_db
def test_notes_on_an_undecided_search_are_refused(personas: Any) -> None:
    CarerProviderFactory()
    match = match_search(actor=personas.wendy, child=personas.child, needs=needs(age=12))
    path = f"/api/v1/children/{personas.child.pk}/matching/{match.pk}/outcome-notes"
    refused = _post(personas.wendy, path, {"outcome_notes": "Settled"})
    assert refused.status_code == 400 and "No carer has been chosen" in refused.json()["detail"]
