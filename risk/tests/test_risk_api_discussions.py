"""Strategy discussions through the API: who took part with their dissent in their own words, kept as written, and
an escalation asked for at once; an escalation without dissent, or a discussion without anyone, is refused (400)
and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from chronology.models import ChronologyEntry
from lantern.api.auth import token_issue
from risk.models import DiscussionParticipant, StrategyDiscussion

DISSENT = "I disagree: this needs a joint investigation now, not next week.\nPC Pat"


def _post(personas: Any, **changes: Any) -> Any:
    body: dict[str, Any] = {
        "kind": "joint_decision",
        "held_on": timezone.localdate().isoformat(),
        "reason": "High risk found by the screening",
        "decisions": "Support under the risk plan",
        "outcome": "risk_plan",
        "participants": [
            {"name": "Wendy Worker", "agency": "Children’s social care", "role": "Social worker"},
            {"name": "Pat Police", "agency": "Police", "dissent": DISSENT},
        ],
    }
    body.update(changes)
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='test')}"})
    return client.post(
        f"/api/v1/children/{personas.child.pk}/strategy-discussions", body, content_type="application/json"
    )


def _counts() -> tuple[int, int]:
    return StrategyDiscussion.objects.count(), DiscussionParticipant.objects.count()


@pytest.mark.django_db
def test_dissent_is_kept_in_their_words_and_escalated(personas: Any) -> None:
    response = _post(personas, escalation_requested=True)

    assert response.status_code == 201, response.content
    created = response.json()
    assert created["participants"][1]["dissent"] == DISSENT
    assert created["dissent_recorded"] and created["escalation_requested"]
    assert created["escalation_requested_by"]["username"] == "wendy"
    entry = ChronologyEntry.objects.get(source_type="strategydiscussion", source_id=created["id"])
    assert "Dissent recorded (Police). Escalation asked for." in entry.what_happened
    listed = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.pat, name='t')}"}).get(
        f"/api/v1/children/{personas.child.pk}/strategy-discussions"
    )
    assert listed.json()[0]["id"] == created["id"]


@pytest.mark.django_db
def test_an_escalation_without_dissent_or_a_discussion_without_anyone_is_refused(personas: Any) -> None:
    before = _counts()
    quiet = [{"name": "Pat Police", "agency": "Police"}]

    escalated = _post(personas, participants=quiet, escalation_requested=True)
    nobody = _post(personas, participants=[])

    assert escalated.status_code == 400
    assert escalated.json()["errors"] == {
        "escalation_requested": ["There is no dissent recorded on this decision to escalate"]
    }
    assert nobody.status_code == 400
    assert nobody.json()["errors"] == {"participants": ["Give who took part, and for which agency"]}
    assert _counts() == before
