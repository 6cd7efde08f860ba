"""The escalation API: a partner raises one, the other side adds steps (a response, the next stage, the resolution),
each read back with every step and the stage's time limit; refusals come back as field errors; the same needs as
the pages (the return interview service and unrelated users get 404)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from escalation.models import Escalation, Status
from escalation.tests.factories import days_ago
from lantern.api.auth import token_issue


def _api(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='test')}"})


BODY = {
    "concerning_agency": "Children’s social care",
    "concern": "No strategy discussion after the third missing episode",
    "why_it_matters": "Robin was with adults not known to the family",
    "wanted_outcome": "A strategy discussion this week",
}


@pytest.mark.django_db
def test_raise_and_take_it_through_its_steps(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}/escalations"
    day = days_ago(12)
    response = _api(personas.pat).post(
        base,
        {**BODY, "raised_on": day.isoformat(), "concerning_user_id": personas.wendy.pk},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    escalation = Escalation.objects.get()
    assert body["id"] == str(escalation.pk) and body["stage"] == 1 and body["overdue"] is True
    assert body["raised_by"]["username"] == "pat" and body["raised_by_agency"] == "Example Constabulary"
    assert body["concerning_user"]["username"] == "wendy"
    assert body["stage_due_on"] == escalation.stage_due_on.isoformat()
    assert [s["kind"] for s in body["steps"]] == ["raised"]

    wendy = _api(personas.wendy)
    steps = f"{base}/{escalation.pk}/steps"
    for kind, text in (("response", "Booked for Friday"), ("next_stage", "Not held"), ("resolved", "Held")):
        response = wendy.post(steps, {"kind": kind, "text": text}, content_type="application/json")
        assert response.status_code == 201, response.content
    body = wendy.get(f"{base}/{escalation.pk}").json()
    assert body["status"] == Status.RESOLVED and body["stage"] == 2 and body["overdue"] is False
    assert [(s["kind"], s["stage"], s["text"]) for s in body["steps"]][1:] == [
        ("response", 1, "Booked for Friday"),
        ("next_stage", 2, "Not held"),
        ("resolved", 2, "Held"),
    ]
    response = wendy.post(steps, {"kind": "response", "text": "Again"}, content_type="application/json")
    assert response.status_code == 400 and "it takes no more steps" in response.content.decode()
    assert [e["id"] for e in wendy.get(base).json()] == [str(escalation.pk)]


@pytest.mark.django_db
def test_refusals_are_field_errors(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}/escalations"
    response = _api(personas.pat).post(
        base, {**BODY, "raised_on": days_ago(-3).isoformat()}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "The date cannot be in the future" in response.content.decode()
    response = _api(personas.pat).post(
        base, {**BODY, "concerning_user_id": personas.uma.pk}, content_type="application/json"
    )
    assert response.status_code == 400 and "cannot see this child's record" in response.content.decode()
    assert not Escalation.objects.exists()


@pytest.mark.django_db
def test_the_return_interview_service_and_unrelated_users_get_404(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}/escalations"
    for user in (personas.rita, personas.uma, personas.max):
        assert _api(user).post(base, BODY, content_type="application/json").status_code == 404
        assert _api(user).get(base).status_code == 404
    assert not Escalation.objects.exists()
