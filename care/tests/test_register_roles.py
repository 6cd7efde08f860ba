"""Who may use the register: the authority's staff read it (the analyst too), team managers and administrators
change it, and partners and the partnership reviewer get 404, audited as a refusal."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from audit.models import AuditEvent
from care.tests.factories import CarerProviderFactory


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["pat", "carl", "rita", "cora"])
def test_partners_get_404_everywhere_on_the_register(personas: Any, who: str) -> None:
    carer: Any = CarerProviderFactory()
    client = _client(getattr(personas, who))
    for path in ("/carers/", f"/carers/{carer.pk}/", "/carers/new/", f"/carers/{carer.pk}/edit/"):
        assert client.get(path).status_code == 404, path
    assert (
        AuditEvent.objects.filter(actor=getattr(personas, who), action="refusal", object_type="carer").count()
        == 4
    )
    assert b'href="/carers/"' not in client.get("/alerts/").content  # no link in the header


@pytest.mark.django_db
def test_the_reviewer_gets_404(personas: Any) -> None:
    reviewer = UserFactory(role=Role.REVIEWER)
    assert _client(reviewer).get("/carers/").status_code == 404


@pytest.mark.django_db
def test_the_analyst_reads_but_cannot_change(personas: Any) -> None:
    carer: Any = CarerProviderFactory()
    client = _client(UserFactory(role=Role.ANALYST))
    assert client.get("/carers/").status_code == 200
    page = client.get(f"/carers/{carer.pk}/")
    assert page.status_code == 200
    assert b"/edit/" not in page.content
    assert client.get(f"/carers/{carer.pk}/edit/").status_code == 404
    assert client.post("/carers/new/", {"reference": "X-1"}).status_code == 404


@pytest.mark.django_db
def test_a_social_worker_reads_and_a_team_manager_changes(personas: Any) -> None:
    carer: Any = CarerProviderFactory()
    wendy = _client(personas.wendy)
    assert wendy.get(f"/carers/{carer.pk}/").status_code == 200
    assert wendy.get(f"/carers/{carer.pk}/edit/").status_code == 404
    assert b'href="/carers/"' in wendy.get("/carers/").content  # the header's link
    mia = _client(personas.mia)
    assert mia.get(f"/carers/{carer.pk}/edit/").status_code == 200
    assert mia.get("/carers/new/").status_code == 200
