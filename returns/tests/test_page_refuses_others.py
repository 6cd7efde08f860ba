"""The SSDA903 page and its download are for analysts, team managers and administrators: a social worker gets 404
(asking to run it or to download it exports nothing), and the refusal is audited; an analyst never sees another's check."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from audit.models import AuditEvent
from returns.models import ReturnCheck
from returns.tests.factories import looked_after


@pytest.mark.django_db
def test_a_social_worker_gets_404_and_nothing_is_exported() -> None:
    looked_after(local_id="C0001")
    worker: Any = UserFactory(username="wes", role=Role.SOCIAL_WORKER)
    client = Client()
    client.force_login(worker)

    assert client.get("/returns/903/").status_code == 404
    assert client.post("/returns/903/", {"year": "2026"}).status_code == 404
    assert client.post("/returns/903/download/", {"year": "2026"}).status_code == 404
    assert "SSDA903 return" not in client.get("/", follow=True).content.decode()

    assert not AuditEvent.objects.filter(action="export").exists()
    refusals = AuditEvent.objects.filter(action="refusal", actor=worker, object_type="ssda903")
    assert refusals.count() == 3


@pytest.mark.django_db
def test_another_analysts_check_is_not_found() -> None:
    owner: Any = UserFactory(username="ana", role=Role.ANALYST)
    other: Any = UserFactory(username="anders", role=Role.ANALYST)
    check = ReturnCheck.objects.create(requested_by=owner, end_year=2026)
    client = Client()
    client.force_login(other)

    assert client.get(f"/returns/903/checks/{check.pk}/").status_code == 404
    assert client.get(f"/returns/903/checks/{check.pk}/status/").status_code == 404
    assert str(check.pk) not in client.get("/returns/903/").content.decode()
    refusals = AuditEvent.objects.filter(action="refusal", actor=other, object_type="ssda903")
    assert refusals.count() == 2 and refusals.filter(object_id=str(check.pk)).count() == 2
