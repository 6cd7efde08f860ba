"""A pattern of going missing alerts the allocated worker, the manager, the coordinator and the police liaison
officer with a grant, and asks for a strategy discussion or a network meeting; the carer, the return interview
service and the unrelated worker get nothing. A child whose only episode is long past raises nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from missing.tests.helpers import episode, hours_ago, interview


def _recipients() -> set[str]:
    return set(
        Alert.objects.filter(kind=AlertKind.MISSING_PATTERN, closed_on__isnull=True).values_list(
            "recipient__username", flat=True
        )
    )


@pytest.mark.django_db
def test_three_episodes_in_a_month_alert_the_right_people(personas: Any) -> None:
    for days_ago in (20, 12, 5):
        found = episode(personas, started=hours_ago(days_ago * 24), hours=6, where="Northgate retail park")
        interview(personas, found, offered=hours_ago(days_ago * 24 - 20))
    alerts_run(today=timezone.localdate())
    assert _recipients() == {"wendy", "mia", "cora", "pat"}
    alert = Alert.objects.filter(kind=AlertKind.MISSING_PATTERN, recipient=personas.wendy).get()
    assert "3 episodes in the last 30 days" in alert.title or "3 episodes in 30 days" in alert.title
    assert "strategy discussion or a network meeting" in alert.title
    assert alert.link == f"/children/{personas.child.pk}/missing/"


@pytest.mark.django_db
def test_a_child_with_one_old_episode_raises_no_pattern(personas: Any) -> None:
    alerts_run(today=timezone.localdate())  # the persona child went missing once, in March 2024
    assert _recipients() == set()


@pytest.mark.django_db
def test_a_missing_interview_alone_is_left_to_its_own_alert(personas: Any) -> None:
    episode(personas, started=hours_ago(10 * 24), hours=6)  # back 9 days ago, never offered an interview
    alerts_run(today=timezone.localdate())
    assert _recipients() == set()
    assert Alert.objects.filter(
        kind=AlertKind.RETURN_INTERVIEW_NOT_OFFERED, recipient=personas.wendy
    ).exists()
