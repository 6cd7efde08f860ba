"""A child's youth justice outcomes through their pages: the worker records a caution, a conviction or a caution
before the child's 10th birthday is refused, changes and deletions are audited, and a partner without the staff's
basis (the carer) and the unrelated worker get 404."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from casework.tests.factories_youth_justice import YouthJusticeOutcomeFactory
from casework.youth_justice import YouthJusticeOutcome


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(personas: Any, path: str = "") -> str:
    return f"/children/{personas.child.pk}/youth-justice/{path}"


@pytest.mark.django_db
def test_the_worker_records_a_youth_caution(personas: Any) -> None:
    wendy = _client(personas.wendy)
    response = wendy.post(
        _url(personas, "new/"),
        {
            "outcome_on": "6/10/2025",
            "kind": "youth_caution",
            "offence": "Criminal damage",
            "given_by": "Police",
        },
    )
    outcome = YouthJusticeOutcome.objects.get(child=personas.child)
    assert response["Location"] == _url(personas, f"#record-{outcome.pk}")
    assert outcome.recorded_by == personas.wendy
    assert AuditEvent.objects.filter(
        action="create", object_type="youthjusticeoutcome", object_id=str(outcome.pk)
    ).exists()
    page = wendy.get(_url(personas)).content.decode()
    assert "Youth caution on 6 Oct 2025" in page and "Criminal damage" in page


@pytest.mark.django_db
def test_a_conviction_or_caution_before_the_10th_birthday_is_refused(personas: Any) -> None:
    wendy = _client(personas.wendy)  # the persona child was born on 1 September 2014
    for kind in ("conviction", "youth_caution", "youth_conditional_caution"):
        page = wendy.post(_url(personas, "new/"), {"outcome_on": "31/8/2024", "kind": kind}).content.decode()
        assert "A child under 10 cannot be convicted or cautioned" in page
    assert not YouthJusticeOutcome.objects.exists()
    no_action = wendy.post(_url(personas, "new/"), {"outcome_on": "31/8/2024", "kind": "no_further_action"})
    assert no_action.status_code == 302
    on_the_day = wendy.post(_url(personas, "new/"), {"outcome_on": "1/9/2024", "kind": "youth_caution"})
    assert on_the_day.status_code == 302
    missing = wendy.post(_url(personas, "new/"), {"offence": "Theft"}).content.decode()
    assert "Enter the date of the outcome" in missing and "Select the outcome" in missing


@pytest.mark.django_db
def test_an_outcome_is_changed_and_deleted_with_a_reason(personas: Any) -> None:
    outcome: Any = YouthJusticeOutcomeFactory(child=personas.child)
    wendy = _client(personas.wendy)
    data = {"outcome_on": "6/10/2025", "kind": "conviction", "version": 1}
    assert wendy.post(_url(personas, f"{outcome.pk}/edit/"), data).status_code == 302
    outcome.refresh_from_db()
    assert outcome.kind == "conviction" and outcome.outcome_on == datetime.date(2025, 10, 6)
    assert AuditEvent.objects.filter(action="update", object_type="youthjusticeoutcome").exists()
    assert wendy.post(_url(personas, f"{outcome.pk}/delete/"), {"reason": ""}).status_code == 200
    assert wendy.post(_url(personas, f"{outcome.pk}/delete/"), {"reason": "Entered twice"}).status_code == 302
    assert not YouthJusticeOutcome.objects.filter(pk=outcome.pk).exists()
    assert (
        AuditEvent.objects.get(action="delete", object_type="youthjusticeoutcome").reason == "Entered twice"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["uma", "max", "carl"])
def test_others_get_404(personas: Any, who: str) -> None:
    outcome: Any = YouthJusticeOutcomeFactory(child=personas.child, offence="Invented offence")
    client = _client(getattr(personas, who))
    for path in ("", "new/", f"{outcome.pk}/edit/", f"{outcome.pk}/delete/"):
        response = client.get(_url(personas, path))
        assert response.status_code == 404 and b"Invented offence" not in response.content
    client.post(_url(personas, f"{outcome.pk}/delete/"), {"reason": "x"})
    assert YouthJusticeOutcome.objects.filter(pk=outcome.pk).exists()
