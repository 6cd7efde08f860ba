"""The risk plan itself through the API (its actions have their own operations): a partner system reads it with its
actions, the worker writes it and changes it with the version read; a stale version is refused, and an unrelated
worker gets 404."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from lantern.api.auth import token_issue
from risk.tests.factories import RiskPlanActionFactory


def _api(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='test')}"})


PLAN = {
    "agreed_on": "2026-10-05",
    "review_on": "2027-01-05",
    "concerns": "Exploitation by older men in the town",
}


@pytest.mark.django_db
def test_write_read_and_change_the_plan(personas: Any) -> None:
    url = f"/api/v1/children/{personas.child.pk}/risk-plan"
    wendy = _api(personas.wendy)
    assert wendy.get(url).json() is None  # none written yet
    written = wendy.put(url, PLAN, content_type="application/json")
    assert written.status_code == 200, written.json()
    assert written.json()["concerns"] == PLAN["concerns"] and written.json()["version"] == 1
    assert written.json()["recorded_by"]["name"] == "Wendy Worker"
    RiskPlanActionFactory(child=personas.child, action="Weekly check-in with Robin", owner_name="Sam Carer")
    read = _api(personas.pat).get(url).json()  # the police officer with a grant reads it, as on the page
    assert read["review_on"] == "2027-01-05"
    assert [a["action"] for a in read["actions"]] == ["Weekly check-in with Robin"]
    changed = wendy.put(
        url, PLAN | {"version": 1, "child_view": "Robin says it is fine"}, content_type="application/json"
    )
    assert changed.status_code == 200 and changed.json()["version"] == 2
    stale = wendy.put(url, PLAN | {"version": 1}, content_type="application/json")
    assert stale.status_code == 409
    assert AuditEvent.objects.filter(
        child_id=personas.child.pk, action="update", object_id=str(changed.json()["id"])
    ).exists()


@pytest.mark.django_db
def test_refusals(personas: Any) -> None:
    url = f"/api/v1/children/{personas.child.pk}/risk-plan"
    wendy = _api(personas.wendy)
    backwards = wendy.put(url, PLAN | {"review_on": "2026-09-01"}, content_type="application/json")
    assert backwards.status_code == 400 and "after the date the plan was agreed" in backwards.json()["detail"]
    assert wendy.put(url, PLAN, content_type="application/json").status_code == 200
    unversioned = wendy.put(url, PLAN, content_type="application/json")
    assert unversioned.status_code == 400 and "give the version you read" in unversioned.json()["detail"]
    assert _api(personas.uma).get(url).status_code == 404
    assert (
        _api(personas.pat).put(url, PLAN | {"version": 1}, content_type="application/json").status_code == 404
    )
