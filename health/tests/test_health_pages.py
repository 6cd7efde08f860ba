"""A child's health checks through their pages: an SDQ has its score or the reason there is none, a check cannot
be dated before the child's birth or in the future, the worker who records it is kept, changes and deletions are
audited, and the unrelated worker gets 404."""

from __future__ import annotations

import html
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from chronology.models import ChronologyEntry
from health.models import HealthCheck


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(personas: Any, path: str = "") -> str:
    return f"/children/{personas.child.pk}/health/{path}"


@pytest.mark.django_db
def test_the_health_page_shows_the_initial_assessment(personas: Any) -> None:
    check = personas.child.health_checks.get()
    page = _client(personas.carl).get(_url(personas)).content.decode()
    assert f'id="record-{check.pk}"' in page
    assert "Initial health assessment on 1 Feb 2024" in page and "Dr Example" in page
    assert "Add a health check" not in page  # the carer reads, and does not write
    entry = ChronologyEntry.objects.filter(source_id=str(check.pk)).first()
    if entry is not None:  # health checks appear in the chronology, linked to their row here
        chronology = (
            _client(personas.wendy).get(f"/children/{personas.child.pk}/chronology/").content.decode()
        )
        assert f"{_url(personas)}#record-{check.pk}" in chronology


@pytest.mark.django_db
def test_an_sdq_is_recorded_with_its_score_by_the_worker(personas: Any) -> None:
    wendy = _client(personas.wendy)
    response = wendy.post(
        _url(personas, "new/"), {"kind": "sdq", "done_on": "3/11/2026", "sdq_score": "14", "practitioner": ""}
    )
    sdq = HealthCheck.objects.get(kind="sdq")
    assert response["Location"] == _url(personas, f"#record-{sdq.pk}")
    assert sdq.sdq_score == 14 and sdq.recorded_by == personas.wendy
    assert AuditEvent.objects.filter(
        action="create", object_type="healthcheck", object_id=str(sdq.pk)
    ).exists()
    page = wendy.get(_url(personas)).content.decode()
    assert "Strengths and difficulties questionnaire (SDQ) on 3 Nov 2026" in page
    assert '<dd class="govuk-summary-list__value">14</dd>' in page


@pytest.mark.django_db
def test_an_sdq_needs_a_score_or_a_reason_and_a_real_date(personas: Any) -> None:
    wendy = _client(personas.wendy)
    neither = wendy.post(_url(personas, "new/"), {"kind": "sdq", "done_on": "3/11/2026"}).content.decode()
    assert "Give either the SDQ score or the reason there is none" in neither
    too_high = wendy.post(
        _url(personas, "new/"), {"kind": "sdq", "done_on": "3/11/2026", "sdq_score": "41"}
    ).content.decode()
    assert "Ensure this value is less than or equal to 40" in too_high
    dental = wendy.post(
        _url(personas, "new/"), {"kind": "dental", "done_on": "3/11/2026", "sdq_score": "3"}
    ).content.decode()
    assert "Only an SDQ has a score or a reason for no score" in dental
    future = wendy.post(_url(personas, "new/"), {"kind": "dental", "done_on": "3/11/2099"}).content.decode()
    assert '<a href="#id_done_on">The date cannot be in the future</a>' in future
    before = wendy.post(_url(personas, "new/"), {"kind": "dental", "done_on": "3/11/2013"}).content.decode()
    assert "The date cannot be before the child&#x27;s date of birth (01/09/2014)" in before
    assert HealthCheck.objects.filter(child=personas.child).count() == 1


@pytest.mark.django_db
def test_a_check_is_changed_and_deleted_with_a_reason(personas: Any) -> None:
    wendy = _client(personas.wendy)
    check = personas.child.health_checks.get()
    data = {"kind": "initial", "done_on": "1/2/2024", "immunisations_up_to_date": "False", "version": 1}
    assert wendy.post(_url(personas, f"{check.pk}/edit/"), data).status_code == 302
    check.refresh_from_db()
    assert check.immunisations_up_to_date is False and check.recorded_by == personas.wendy
    form = wendy.get(_url(personas, f"{check.pk}/edit/")).content.decode()
    assert '<option value="False" selected>No</option>' in form
    stale = wendy.post(
        _url(personas, f"{check.pk}/edit/"), {**data, "practitioner": "Dr Other"}
    ).content.decode()
    assert "Someone else changed this health check after you opened it" in stale

    assert wendy.post(_url(personas, f"{check.pk}/delete/"), {"reason": ""}).status_code == 200
    assert HealthCheck.objects.filter(pk=check.pk).exists()
    assert wendy.post(_url(personas, f"{check.pk}/delete/"), {"reason": "Wrong child"}).status_code == 302
    assert not HealthCheck.objects.filter(pk=check.pk).exists()
    assert AuditEvent.objects.get(action="delete", object_type="healthcheck").reason == "Wrong child"


@pytest.mark.django_db
def test_practitioner_text_is_kept_exactly_and_escaped(personas: Any) -> None:
    hostile = '"><img src=x onerror=alert(1)>'
    wendy = _client(personas.wendy)
    wendy.post(_url(personas, "new/"), {"kind": "dental", "done_on": "3/11/2026", "practitioner": hostile})
    assert HealthCheck.objects.get(kind="dental").practitioner == hostile
    page = wendy.get(_url(personas)).content.decode()
    assert html.escape(hostile) in page and "<img src=x" not in page


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["uma", "max"])
def test_an_unrelated_user_gets_404(personas: Any, who: str) -> None:
    check = personas.child.health_checks.get()
    client = _client(getattr(personas, who))
    for path in ("", "new/", f"{check.pk}/edit/", f"{check.pk}/delete/"):
        response = client.get(_url(personas, path))
        assert response.status_code == 404 and b"Dr Example" not in response.content
    client.post(_url(personas, f"{check.pk}/delete/"), {"reason": "x"})
    assert HealthCheck.objects.filter(pk=check.pk).exists()
