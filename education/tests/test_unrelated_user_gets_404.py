"""The unrelated worker and manager get 404 on the education record, its forms and its API, and the refusal is
audited; nothing of the child shows."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from education.tests.factories import record_move
from lantern.api.auth import token_issue


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["uma", "max"])
def test_an_unrelated_user_gets_404(personas: Any, who: str) -> None:
    move = record_move(personas.wendy, personas.child)
    user = getattr(personas, who)
    client = Client()
    client.force_login(user)
    base = f"/children/{personas.child.pk}/education/"
    for path in (
        "",
        "moves/new/",
        f"moves/{move.pk}/edit/",
        f"moves/{move.pk}/records-received/",
        "attendance/new/",
    ):
        response = client.get(base + path)
        assert response.status_code == 404 and b"Robin" not in response.content
    api = Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='t')}"})
    assert api.get(f"/api/v1/children/{personas.child.pk}/education").status_code == 404
    assert AuditEvent.objects.filter(actor=user, action="refusal", child_id=personas.child.pk).count() >= 1
