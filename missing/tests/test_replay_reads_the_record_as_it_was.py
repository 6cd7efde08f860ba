"""Replaying a past day (`lantern alerts --as-of`) reads each record as Lantern held it at the end of that day: a
reason for no interview recorded later, an episode deleted later, a screening changed later do not change what
stood then (issue 6: "replaying history must give the alerts that a worker would have seen then, no later")."""

from __future__ import annotations

import datetime
import io
import json
from typing import Any

import pytest
from django.core.management import call_command
from django.db.models import Model
from django.utils import timezone

from alerts.models import AlertKind
from missing.models import ReturnInterview
from missing.services import episode_delete, return_interview_save
from missing.tests.helpers import episode
from risk.models import Level, Screening
from risk.tests.factories import ScreeningFactory


def _written_at(record: Model, when: datetime.datetime) -> None:
    """As if the record had been written into Lantern at `when` (its history says so)."""
    type(record).history.filter(id=record.pk).update(history_date=when)  # type: ignore[attr-defined]


def _replayed(personas: Any, days_ago: int, kind: str) -> set[str]:
    out = io.StringIO()
    day = (timezone.localdate() - datetime.timedelta(days=days_ago)).isoformat()
    call_command("alerts", "--child", str(personas.child.pk), "--as-of", day, "--json", stdout=out)
    return {a["recipient"] for a in json.loads(out.getvalue())["alerts"] if a["kind"] == kind}


def _returned_twelve_days_ago(personas: Any) -> Any:
    started = timezone.now() - datetime.timedelta(days=12, hours=6)
    found = episode(personas, started=started, hours=5, reported_at=started)
    _written_at(found, started + datetime.timedelta(hours=6))
    return found


@pytest.mark.django_db
def test_a_reason_recorded_later_does_not_hide_the_alert_that_stood(personas: Any) -> None:
    found = _returned_twelve_days_ago(personas)
    return_interview_save(
        actor=personas.rita,
        interview=ReturnInterview(
            child=personas.child,
            episode=found,
            no_interview_reason="Robin said no to an interview",
            recorded_by=personas.rita,
        ),
    )
    assert (
        _replayed(personas, 0, AlertKind.RETURN_INTERVIEW_NOT_OFFERED) == set()
    )  # today: the reason is there
    # Eight days ago the 72 hours had run out and nothing was recorded: the worker and manager were told.
    assert _replayed(personas, 8, AlertKind.RETURN_INTERVIEW_NOT_OFFERED) == {"wendy", "mia"}


@pytest.mark.django_db
def test_an_episode_deleted_later_still_stood_on_the_day(personas: Any) -> None:
    found = _returned_twelve_days_ago(personas)
    assert _replayed(personas, 8, AlertKind.RETURN_INTERVIEW_NOT_OFFERED) == {"wendy", "mia"}
    episode_delete(actor=personas.wendy, episode=found, reason="Entered on the wrong child")
    assert _replayed(personas, 0, AlertKind.RETURN_INTERVIEW_NOT_OFFERED) == set()
    assert _replayed(personas, 8, AlertKind.RETURN_INTERVIEW_NOT_OFFERED) == {"wendy", "mia"}


@pytest.mark.django_db
def test_a_screening_changed_later_is_replayed_as_it_was(personas: Any) -> None:
    screening: Any = ScreeningFactory(
        child=personas.child, screened_on=timezone.localdate() - datetime.timedelta(days=5), level=Level.HIGH
    )
    _written_at(screening, timezone.now() - datetime.timedelta(days=5))
    Screening.objects.filter(pk=screening.pk).update(level=Level.LOW)
    screening.refresh_from_db()
    screening.save()  # the change, with its history row, today
    assert _replayed(personas, 0, AlertKind.RISK_HIGH) == set()
    assert _replayed(personas, 2, AlertKind.RISK_HIGH) == {"wendy", "mia"}
