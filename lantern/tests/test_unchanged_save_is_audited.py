"""A change that changes nothing still shows the caller the record: it is audited as a read, so "who has seen this
record" holds every time the child's data left Lantern."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from lantern.api.auth import token_issue


@pytest.mark.django_db
def test_an_empty_patch_of_the_child_is_audited_as_a_view(personas: Any) -> None:
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='t')}"})
    before = set(AuditEvent.objects.filter(child_id=personas.child.pk).values_list("pk", flat=True))
    response = client.patch(f"/api/v1/children/{personas.child.pk}", {}, content_type="application/json")
    assert response.status_code == 200 and response.json()["person"]["forename"] == "Robin"
    new = AuditEvent.objects.filter(child_id=personas.child.pk).exclude(pk__in=before)
    assert {(e.action, e.actor_id) for e in new} >= {("view", personas.wendy.pk)}
    assert not new.filter(action="update").exists()
