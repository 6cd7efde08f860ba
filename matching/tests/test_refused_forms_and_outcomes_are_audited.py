"""A new search refused (the needs shown again with the errors) is in the audit log as a view of the child, and a user
whose role may not read the authority's outcomes is refused /matching/outcomes/ with a 404 that is audited."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.actions import AuditAction
from audit.models import AuditEvent


@pytest.mark.django_db
def test_a_refused_search_is_audited_as_a_view(personas: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    response = client.post(f"/children/{personas.child.pk}/matching/new/", {"age": "", "siblings": "-1"})
    assert response.status_code == 200 and "Enter the child" in response.content.decode()
    row = AuditEvent.objects.filter(child_id=personas.child.pk).order_by("-seq").first()
    assert row is not None and row.action == AuditAction.VIEW and row.actor_id == personas.wendy.pk
    assert row.reason == "placement search form shown again: the search was refused"


@pytest.mark.django_db
def test_the_outcomes_refusal_is_audited(personas: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)  # a social worker: not a reader of the outcomes
    assert client.get("/matching/outcomes/").status_code == 404
    row = AuditEvent.objects.order_by("-seq").first()
    assert row is not None and row.action == AuditAction.REFUSAL and row.actor_id == personas.wendy.pk
    assert "matching:outcomes needs" in row.reason
