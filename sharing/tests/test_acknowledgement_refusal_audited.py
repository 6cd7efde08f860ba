"""Someone who may see the child but was not the recipient (pat, the police officer) trying to acknowledge gets 404
and an audited refusal, on the page and in the API; a GET of the POST-only page is 405 before the child is read
(so no audited view)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from audit.actions import AuditAction
from audit.models import AuditEvent
from lantern.api.auth import token_issue
from sharing.tests.factories import carl_in_network, share


def _refusals(shared: Any) -> int:
    return AuditEvent.objects.filter(
        action=AuditAction.REFUSAL,
        object_type="sharedinformation",
        object_id=str(shared.pk),
        reason="acknowledge: not the recipient",
    ).count()


@pytest.mark.django_db
def test_pat_is_refused_and_the_refusal_is_audited(personas: Any) -> None:
    shared = share(
        personas,
        item="placement_plan",
        shared_on=datetime.date(2024, 1, 11),
        member=carl_in_network(personas),
    )
    page = Client()
    page.force_login(personas.pat)
    assert (
        page.post(f"/children/{personas.child.pk}/information-shared/{shared.pk}/acknowledge/").status_code
        == 404
    )
    assert _refusals(shared) == 1
    api = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.pat, name='partner')}"})
    path = f"/api/v1/children/{personas.child.pk}/information-shared/{shared.pk}/acknowledgement"
    assert api.post(path, "{}", content_type="application/json").status_code == 404
    assert _refusals(shared) == 2
    event = AuditEvent.objects.filter(object_id=str(shared.pk), action=AuditAction.REFUSAL).first()
    assert event is not None and event.actor_id == personas.pat.pk and event.child_id == personas.child.pk
    shared.refresh_from_db()
    assert shared.acknowledged_on is None


@pytest.mark.django_db
def test_a_get_is_405_without_an_audited_view(personas: Any) -> None:
    shared = share(
        personas,
        item="placement_plan",
        shared_on=datetime.date(2024, 1, 11),
        member=carl_in_network(personas),
    )
    client = Client()
    client.force_login(personas.carl)
    before = AuditEvent.objects.count()
    assert (
        client.get(f"/children/{personas.child.pk}/information-shared/{shared.pk}/acknowledge/").status_code
        == 405
    )
    assert AuditEvent.objects.count() == before
