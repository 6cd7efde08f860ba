"""The exploitation risk through the API: the allocated worker records a screening and reads the level the rule
gives; the police officer with a grant reads but cannot record (404, as for a page she may not use); the unrelated
worker gets 404 everywhere; a review date before the screening is refused with the model's message."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from lantern.api.auth import token_issue
from risk.indicators import indicators
from risk.models import RiskPlanAction, Screening, ScreeningGrade, StrategyDiscussion
from risk.tests.factories import add_risk_records


@pytest.fixture
def personas(personas: Any) -> Any:
    """The persona child with one of each risk record, written through the services."""
    add_risk_records(child=personas.child, actor=personas.wendy)
    return personas


def _api(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='test')}"})


def _screening(on: datetime.date, review: datetime.date, **grades: str) -> dict[str, Any]:
    """Every indicator graded none but those given (code=grade), with evidence where needed."""
    return {
        "screened_on": on.isoformat(),
        "review_on": review.isoformat(),
        "grades": [
            {
                "indicator": i.code,
                "grade": grades.get(i.code, "none"),
                "evidence": "Seen with a man in his twenties" if i.code in grades else "",
            }
            for i in indicators()
        ],
    }


def _counts() -> list[int]:
    return [m.objects.count() for m in (Screening, ScreeningGrade, StrategyDiscussion, RiskPlanAction)]


@pytest.mark.django_db
def test_the_worker_records_a_screening_and_reads_the_level(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}"
    today = timezone.localdate()
    wendy = _api(personas.wendy)

    response = wendy.post(
        f"{base}/risk-screenings",
        _screening(today, today + datetime.timedelta(days=90), online_contact="high"),
        content_type="application/json",
    )

    assert response.status_code == 201, response.content
    created = response.json()
    assert (created["indicated_level"], created["level"], created["referral_required"]) == (
        "high",
        "high",
        True,
    )
    assert created["screened_by"]["username"] == "wendy"
    assert len(created["grades"]) == len(indicators())
    assert created["level_reasons"][0].startswith("Aged 12, 13 or under")
    summary = wendy.get(f"{base}/risk").json()
    assert summary["level"] == "high" and summary["label"] == "High"
    assert summary["screening_id"] == created["id"] and summary["referral_required"] is True
    assert summary["review_on"] == (today + datetime.timedelta(days=90)).isoformat()
    assert summary["open_actions"] == 1 and summary["overdue_actions"] == 0
    listed = wendy.get(f"{base}/risk-screenings").json()
    assert [s["id"] for s in listed] == [created["id"], str(personas.child.risk_screenings.last().pk)]


@pytest.mark.django_db
def test_the_police_read_but_cannot_record(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}"
    pat = _api(personas.pat)
    today = timezone.localdate()
    before = _counts()

    assert pat.get(f"{base}/risk").json()["level"] == "low"
    assert pat.get(f"{base}/risk-screenings").status_code == 200
    discussions = pat.get(f"{base}/strategy-discussions").json()
    assert [p["agency"] for p in discussions[0]["participants"]] == ["Children’s social care", "Police"]
    response = pat.post(
        f"{base}/risk-screenings",
        _screening(today, today + datetime.timedelta(days=90)),
        content_type="application/json",
    )
    assert response.status_code == 404 and response.json() == {"detail": "Not found"}
    assert pat.get(f"{base}/risk-plan-actions").status_code == 404  # the plan's actions need safeguarding
    assert _counts() == before


@pytest.mark.django_db
def test_the_unrelated_worker_gets_404_everywhere(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}"
    uma = _api(personas.uma)
    action = personas.child.risk_actions.get()
    today = timezone.localdate()
    before = _counts()
    for path in ("risk", "risk-screenings", "strategy-discussions", "risk-plan-actions"):
        response = uma.get(f"{base}/{path}")
        assert response.status_code == 404 and b"Robin" not in response.content, path
    writes = [
        ("post", "risk-screenings", _screening(today, today + datetime.timedelta(days=9))),
        (
            "post",
            "strategy-discussions",
            {"held_on": today.isoformat(), "reason": "r", "decisions": "d", "participants": []},
        ),
        ("post", "risk-plan-actions", {"action": "a", "owner_name": "n", "due_on": today.isoformat()}),
        ("patch", f"risk-plan-actions/{action.pk}", {"done_on": today.isoformat()}),
    ]
    for method, path, body in writes:
        response = getattr(uma, method)(f"{base}/{path}", body, content_type="application/json")
        assert response.status_code == 404 and response.json() == {"detail": "Not found"}, path
    assert _counts() == before
    assert RiskPlanAction.objects.get(pk=action.pk).done_on is None


@pytest.mark.django_db
def test_a_review_before_the_screening_is_refused_with_the_reason(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}"
    today = timezone.localdate()
    before = _counts()

    response = _api(personas.wendy).post(
        f"{base}/risk-screenings",
        _screening(today, today - datetime.timedelta(days=1)),
        content_type="application/json",
    )

    assert response.status_code == 400
    body = response.json()
    assert (
        body["detail"] == "The record was not saved: The review date must be after the date of the screening"
    )
    assert body["errors"] == {"review_on": ["The review date must be after the date of the screening"]}
    assert _counts() == before
