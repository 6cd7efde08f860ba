"""A return interview not offered within 72 hours of the return raises an alert for the allocated worker, the
manager, the coordinator and the return interview service, and for nobody else; it closes when the offer is made.
Replaying a past day lists what stood then, and nothing recorded later."""

from __future__ import annotations

import datetime
import io
import json
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from missing.tests.helpers import episode, hours_ago, interview


def _recipients() -> set[str]:
    return set(
        Alert.objects.filter(kind=AlertKind.RETURN_INTERVIEW_NOT_OFFERED, closed_on__isnull=True).values_list(
            "recipient__username", flat=True
        )
    )


@pytest.mark.django_db
def test_the_alert_reaches_the_right_people_and_closes_on_the_offer(personas: Any) -> None:
    found = episode(personas, started=hours_ago(100), hours=10)  # back 90 hours ago
    alerts_run(today=timezone.localdate())
    assert _recipients() == {"wendy", "mia", "cora", "rita"}
    alert = Alert.objects.filter(kind=AlertKind.RETURN_INTERVIEW_NOT_OFFERED).first()
    assert alert is not None and alert.rule == "M5" and "no return interview was offered by" in alert.title
    interview(personas, found, offered=hours_ago(1), done=False)
    alerts_run(today=timezone.localdate())
    assert _recipients() == set()


@pytest.mark.django_db
def test_no_alert_within_the_72_hours(personas: Any) -> None:
    episode(personas, started=hours_ago(30), hours=10)
    alerts_run(today=timezone.localdate())
    assert _recipients() == set()


@pytest.mark.django_db
def test_replaying_a_day_lists_what_stood_then_and_nothing_later(personas: Any) -> None:
    today = timezone.localdate()
    ten_days_ago = timezone.now() - datetime.timedelta(days=10)
    episode(
        personas,
        started=ten_days_ago - datetime.timedelta(days=6),
        hours=8,
        reported_at=ten_days_ago - datetime.timedelta(days=6),
    )
    # Recorded only yesterday, though it happened earlier: a worker ten days ago could not have seen it.
    episode(
        personas,
        started=ten_days_ago - datetime.timedelta(days=2),
        hours=5,
        reported_at=timezone.now() - datetime.timedelta(days=1),
    )
    out = io.StringIO()
    day = (today - datetime.timedelta(days=10)).isoformat()
    call_command("alerts", "--child", str(personas.child.pk), "--as-of", day, "--json", stdout=out)
    document = json.loads(out.getvalue())
    assert document["replayed"] is True and document["as_of"] == day
    standing = [a for a in document["alerts"] if a["kind"] == AlertKind.RETURN_INTERVIEW_NOT_OFFERED]
    # The partners' grants began yesterday: ten days ago only the worker and the manager could see the child.
    assert {a["recipient"] for a in standing} == {"wendy", "mia"}
    assert all(a["rule"] == "M5" and a["reason"] for a in standing)
    assert len({a["link"] for a in standing}) == 1  # the later-recorded episode is not there
    assert not Alert.objects.exists()  # a replay changes nothing
