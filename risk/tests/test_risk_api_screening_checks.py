"""What a screening through the API must be, as on the form: every indicator graded once, with evidence for a grade
above none (screening_save's message, at the grade), and a level raised on professional judgement, never lowered.
Each refusal is 400 with a message a person can act on, and nothing is written."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from lantern.api.auth import token_issue
from risk.indicators import indicators
from risk.models import Screening, ScreeningGrade


def _post(personas: Any, body: dict[str, Any]) -> Any:
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='test')}"})
    return client.post(
        f"/api/v1/children/{personas.child.pk}/risk-screenings", body, content_type="application/json"
    )


def _body(**changes: Any) -> dict[str, Any]:
    today = timezone.localdate()
    body: dict[str, Any] = {
        "screened_on": today.isoformat(),
        "review_on": (today + datetime.timedelta(days=90)).isoformat(),
        "grades": [{"indicator": i.code, "grade": "none"} for i in indicators()],
    }
    body.update(changes)
    return body


def _counts() -> tuple[int, int]:
    return Screening.objects.count(), ScreeningGrade.objects.count()


@pytest.mark.django_db
def test_a_grade_above_none_without_evidence_is_refused_at_the_grade(personas: Any) -> None:
    body = _body()
    body["grades"][2]["grade"] = "medium"
    before = _counts()

    response = _post(personas, body)

    assert response.status_code == 400
    label = indicators()[2].label
    assert response.json()["errors"] == {
        "grades.2.evidence": [f"Give the evidence for grading “{label}” as medium"]
    }
    assert _counts() == before


@pytest.mark.django_db
def test_an_unknown_a_repeated_and_a_missing_indicator_are_refused(personas: Any) -> None:
    codes = [i.code for i in indicators()]
    grades = [{"indicator": code, "grade": "none"} for code in codes[1:]]
    before = _counts()

    unknown = _post(personas, _body(grades=[*grades, {"indicator": "tattoos", "grade": "low"}]))
    repeated = _post(personas, _body(grades=[*grades, grades[0]]))
    left_out = _post(personas, _body(grades=grades))

    assert unknown.status_code == repeated.status_code == left_out.status_code == 400
    last = len(grades)
    assert unknown.json()["errors"][f"grades.{last}.indicator"] == [
        f"“tattoos” is not an indicator of the screening. The indicators are: {', '.join(codes)}"
    ]
    assert repeated.json()["errors"][f"grades.{last}.indicator"] == [
        f"“{codes[1]}” is graded twice: grade it once"
    ]
    assert left_out.json()["detail"] == (
        f"The record was not saved: Grade every indicator of the screening. Not graded: {codes[0]}"
    )
    assert _counts() == before


@pytest.mark.django_db
def test_judgement_raises_the_level_but_does_not_lower_it(personas: Any) -> None:
    body = _body(judged_level="low")
    body["grades"][0].update(grade="high", evidence="Missing overnight four times")
    before = _counts()

    lowered = _post(personas, body)

    assert lowered.status_code == 400
    assert lowered.json()["errors"] == {
        "judged_level": ["Professional judgement can raise the level, not lower it: the indicators give high"]
    }
    assert _counts() == before
    raised = _post(personas, _body(judged_level="medium", judgement_reason="Seen with older peers"))
    assert raised.status_code == 201, raised.content
    assert (raised.json()["indicated_level"], raised.json()["level"]) == ("low", "medium")
    assert raised.json()["level_reasons"][-1] == "Raised from low to medium on professional judgement"
