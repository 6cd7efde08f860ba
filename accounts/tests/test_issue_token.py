from __future__ import annotations

import json
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from accounts.models import ApiToken


@pytest.mark.django_db
def test_issued_token_opens_the_api_and_only_its_hash_is_stored(personas: Any) -> None:
    out = StringIO()
    call_command("issue_token", "pat", "--name", "Police case system", "--json", stdout=out)
    token = json.loads(out.getvalue())["token"]
    assert not ApiToken.objects.filter(token_hash=token).exists()
    response = Client(headers={"Authorization": f"Bearer {token}"}).get(
        f"/api/v1/children/{personas.child.pk}"
    )
    assert response.status_code == 200


@pytest.mark.django_db
def test_revoked_token_is_refused(personas: Any) -> None:
    from django.utils import timezone

    out = StringIO()
    call_command("issue_token", "pat", "--name", "x", "--json", stdout=out)
    token = json.loads(out.getvalue())["token"]
    ApiToken.objects.update(revoked_at=timezone.now())
    assert Client(headers={"Authorization": f"Bearer {token}"}).get("/api/v1/children").status_code == 401
