"""The risk plan's actions through the API: an action for someone in the child's network or for someone named,
marked done with the version read (a stale version is a conflict, 409); an owner outside the network, or no owner,
is refused (400) with a message a person can act on."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from lantern.api.auth import token_issue
from risk.models import RiskPlanAction


def _api(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='test')}"})


@pytest.mark.django_db
def test_an_action_is_added_and_marked_done(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}/risk-plan-actions"
    today = timezone.localdate().isoformat()
    wendy = _api(personas.wendy)

    added = wendy.post(
        base,
        {"action": "Talk about staying safe online", "owner_id": personas.pat.pk, "due_on": today},
        content_type="application/json",
    )

    assert added.status_code == 201, added.content
    action = added.json()
    assert action["owner"]["username"] == "pat" and action["owner_text"] == "Pat Police"
    assert action["status"].startswith("Due by") and action["overdue"] is False
    done = wendy.patch(
        f"{base}/{action['id']}",
        {"version": action["version"], "done_on": today, "notes": "Done with the carer"},
        content_type="application/json",
    )
    assert done.status_code == 200, done.content
    assert done.json()["status"].startswith("Done on") and done.json()["version"] == action["version"] + 1
    stale = wendy.patch(
        f"{base}/{action['id']}",
        {"version": action["version"], "done_on": None},
        content_type="application/json",
    )
    assert stale.status_code == 409
    assert RiskPlanAction.objects.get(pk=action["id"]).notes == "Done with the carer"
    listed = [a["id"] for a in wendy.get(base).json()]
    assert listed[-1] == action["id"]  # open actions first, then those done


@pytest.mark.django_db
def test_an_owner_outside_the_network_or_no_owner_is_refused(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}/risk-plan-actions"
    today = timezone.localdate().isoformat()
    wendy = _api(personas.wendy)
    before = RiskPlanAction.objects.count()

    stranger = wendy.post(
        base,
        {"action": "Visit", "owner_id": personas.uma.pk, "due_on": today},
        content_type="application/json",
    )
    nobody = wendy.post(base, {"action": "Visit", "due_on": today}, content_type="application/json")

    assert stranger.status_code == 400 and "owner_id" in stranger.json()["errors"]
    assert stranger.json()["detail"].startswith(
        "The record was not saved: Choose someone in the child's network"
    )
    assert nobody.status_code == 400
    assert nobody.json()["errors"] == {
        "owner_id": ["Choose who will do it, or give the name of someone in the network"]
    }
    assert RiskPlanAction.objects.count() == before
