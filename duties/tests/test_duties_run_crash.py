"""A duties run that fails part-way writes nothing and sends nothing; the next run raises every alert once."""

from __future__ import annotations

import io
from typing import Any
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from alerts.models import Alert, AlertKind
from duties.tests.story import give_care_story


@pytest.mark.django_db
def test_a_run_that_fails_part_way_leaves_no_alert_and_sends_no_email(
    personas: Any, django_capture_on_commit_callbacks: Any
) -> None:
    give_care_story(personas)
    personas.wendy.email = "wendy@council.example"
    personas.wendy.save(update_fields=["email"])
    real_create = Alert.objects.create
    calls = {"n": 0}

    def failing_create(**kwargs: Any) -> Alert:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("the database went away")
        return real_create(**kwargs)

    day = timezone.localdate().isoformat()
    with (
        django_capture_on_commit_callbacks(execute=True),
        mock.patch.object(Alert.objects, "create", side_effect=failing_create),
        pytest.raises(RuntimeError),
    ):
        call_command("duties_run", "--as-of", day, stdout=io.StringIO())
    assert not Alert.objects.filter(kind=AlertKind.DUTY_OVERDUE).exists()
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        call_command("duties_run", "--as-of", day, stdout=io.StringIO())
    raised = Alert.objects.filter(kind=AlertKind.DUTY_OVERDUE)
    assert raised.exists()
    assert raised.count() == raised.values("key").distinct().count()
    assert len([m for m in mail.outbox if m.to == ["wendy@council.example"]]) == 1
