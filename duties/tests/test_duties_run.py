"""`lantern duties-run` raises an alert for each overdue duty, for the allocated social worker and the manager,
emails them once, raises nothing twice, and closes the alert when the duty is done."""

from __future__ import annotations

import datetime
import io
import json
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from alerts.models import Alert, AlertKind
from casework.models import Visit
from duties.tests.story import give_care_story


def _run(day: datetime.date) -> dict[str, int]:
    out = io.StringIO()
    call_command("duties_run", "--as-of", day.isoformat(), "--json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_an_overdue_visit_alerts_the_worker_and_the_manager_once(
    personas: Any, django_capture_on_commit_callbacks: Any
) -> None:
    child = give_care_story(personas)
    for user in (personas.wendy, personas.mia):
        user.email = f"{user.username}@council.example"
        user.save(update_fields=["email"])
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        first = _run(today)
    visit_alerts = Alert.objects.filter(
        kind=AlertKind.DUTY_OVERDUE, rule="R7", child=child, closed_on__isnull=True
    )
    assert {a.recipient for a in visit_alerts} == {personas.wendy, personas.mia}
    alert = visit_alerts.get(recipient=personas.wendy)
    assert "Sky Example" in alert.title and "visit" in alert.title.lower()
    assert "Wendy Worker" in alert.action_by
    assert first["raised"] >= 2
    assert sorted(m.to[0] for m in mail.outbox) == [
        "mia@council.example",
        "wendy@council.example",
    ]  # one each
    assert all("Sky" not in m.body for m in mail.outbox)  # email leaves the system: no child named

    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        again = _run(today)
    assert again["raised"] == 0
    assert len(mail.outbox) == sent

    Visit.objects.create(child=child, visited_on=today, visitor=personas.wendy)
    _run(today)
    alert.refresh_from_db()
    assert alert.closed_on == today


@pytest.mark.django_db
def test_the_inbox_shows_who_must_act_and_takes_an_acknowledgement(personas: Any) -> None:
    child = give_care_story(personas)
    _run(timezone.localdate())
    alert = Alert.objects.filter(recipient=personas.wendy, rule="R7", child=child).get()
    client = Client()
    client.force_login(personas.wendy)
    page = client.get("/alerts/").content.decode()
    assert "Statutory duty overdue (R7)" in page
    assert "Allocated social worker (Wendy Worker)" in page
    response = client.post(f"/alerts/{alert.pk}/acknowledge/")
    assert response.status_code == 302
    alert.refresh_from_db()
    assert alert.acknowledged_at is not None
    assert "Acknowledged" in client.get("/alerts/").content.decode()


@pytest.mark.django_db
def test_nobody_else_can_acknowledge_an_alert(personas: Any) -> None:
    child = give_care_story(personas)
    _run(timezone.localdate())
    alert = Alert.objects.filter(recipient=personas.wendy, rule="R7", child=child).get()
    for other in (personas.uma, personas.mia, personas.pat):
        client = Client()
        client.force_login(other)
        assert client.post(f"/alerts/{alert.pk}/acknowledge/").status_code == 404
    alert.refresh_from_db()
    assert alert.acknowledged_at is None
