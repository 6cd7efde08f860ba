"""A Key Stage 4 approval sent through the API by someone who may mark the records but not approve (the virtual
school's designated teacher) is refused with 404, and the refusal stays in the audit log: the child is loaded, and
the refusal written, outside the transaction that a refused change rolls back."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from education.tests.factories import record_move
from lantern.api.auth import token_issue

pytestmark = pytest.mark.usefixtures("fixed_today")


def _patch(user: Any, path: str, body: dict[str, Any]) -> Any:
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='school')}"})
    return client.patch(path, json.dumps(body), content_type="application/json")


def _refusals(personas: Any) -> int:
    return AuditEvent.objects.filter(
        actor=personas.tess, action="refusal", child_id=personas.child.pk
    ).count()


@pytest.mark.django_db
def test_a_refused_approval_keeps_its_refusal_in_the_audit_log(personas: Any) -> None:
    move = record_move(personas.wendy, personas.child)
    path = f"/api/v1/children/{personas.child.pk}/school-moves/{move.pk}"
    before = _refusals(personas)
    refused = _patch(personas.tess, path, {"ks4_approved_by": "Someone", "records_sent_on": "2026-06-03"})
    assert refused.status_code == 404
    assert _refusals(personas) == before + 1
    move.refresh_from_db()
    assert move.ks4_approved_by == "" and move.records_sent_on is None  # nothing of the refused change kept
    assert (
        _patch(personas.tess, path, {"distant": True}).status_code == 404
    )  # distant is part of the approval
    assert _refusals(personas) == before + 2
    assert _patch(personas.tess, path, {"records_sent_on": "2026-06-03"}).status_code == 200
