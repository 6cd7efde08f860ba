"""`lantern alerts`: the record's conditions raise alerts for the people who must act, once; they close when the
condition is gone; the inbox shows only what the access rule lets the user see."""

from __future__ import annotations

import datetime
import io
import json
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from access.models import BreakGlass
from access.services import break_glass_review
from accounts.tests.factories import UserFactory
from alerts.models import Alert, AlertKind
from alerts.rules import break_glass_overdue, transfer_overdue
from alerts.services import alerts_run
from casework.models import TransferSummary
from casework.tests.factories import AllocationFactory

D = datetime.date


def test_the_rules() -> None:
    assert break_glass_overdue(D(2026, 11, 25), False, D(2026, 11, 27))
    assert not break_glass_overdue(D(2026, 11, 26), False, D(2026, 11, 27))
    assert not break_glass_overdue(D(2026, 11, 1), True, D(2026, 11, 27))
    assert transfer_overdue(D(2026, 11, 26), False, D(2026, 11, 27))
    assert not transfer_overdue(D(2026, 11, 27), False, D(2026, 11, 27))
    assert not transfer_overdue(D(2026, 11, 1), True, D(2026, 11, 27))


def _inbox(user: Any) -> str:
    client = Client()
    client.force_login(user)
    return client.get("/alerts/").content.decode()


@pytest.mark.django_db
def test_an_unreviewed_break_glass_use_ages_into_an_alert_for_the_manager(personas: Any) -> None:
    today = timezone.localdate()
    used = timezone.now() - datetime.timedelta(days=3)
    use = BreakGlass.objects.create(
        child=personas.child,
        user=personas.uma,
        reason="Police at the door at night",
        started_at=used,
        expires_at=used,
    )
    assert alerts_run(today=today).raised >= 1
    alert = Alert.objects.get(kind=AlertKind.BREAK_GLASS_UNREVIEWED)
    assert alert.recipient == personas.mia
    assert "waited 3 days for your review" in _inbox(personas.mia)
    assert alerts_run(today=today).raised == 0  # idempotent
    break_glass_review(actor=personas.mia, use=use, outcome="justified", note="Checked with the police")
    alerts_run(today=today)
    alert.refresh_from_db()
    assert alert.closed_on == today
    assert "waited 3 days" not in _inbox(personas.mia)


@pytest.mark.django_db
def test_an_overdue_transfer_summary_alerts_the_manager_and_only_those_who_may_see_the_child(
    personas: Any,
) -> None:
    today = timezone.localdate()
    TransferSummary.objects.filter(pk=personas.transfer.pk).update(due_on=today - datetime.timedelta(days=2))
    alerts_run(today=today)
    assert "The transfer summary for Robin Fictional has been overdue" in _inbox(personas.mia)
    assert "Robin" not in _inbox(personas.max)
    assert "Robin" not in _inbox(personas.uma)


@pytest.mark.django_db
def test_a_third_social_worker_in_a_year_alerts_the_manager(personas: Any) -> None:
    today = timezone.localdate()
    for n, days_ago in enumerate((300, 150)):
        earlier = UserFactory(username=f"earlier{n}", agency=personas.wendy.agency, team=personas.wendy.team)
        start = today - datetime.timedelta(days=days_ago)
        AllocationFactory(
            child=personas.child,
            worker=earlier,
            start_date=start,
            end_date=start + datetime.timedelta(days=100),
        )
    out = io.StringIO()
    call_command("alerts", "--as-of", today.isoformat(), "--json", stdout=out)
    assert json.loads(out.getvalue())["raised"] >= 1
    assert "Robin Fictional has had 3 social workers in 12 months" in _inbox(personas.mia)
