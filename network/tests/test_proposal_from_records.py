"""The proposal as Lantern works it out from the records (network/loading.py): a pattern of going missing after the
last network meeting proposes one, in the pattern's own words; a child no longer in care gets none."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone

from care.models import PeriodOfCare
from missing.tests.helpers import episode, hours_ago, interview
from network.loading import proposal_for
from network.tests.factories import NetworkMeetingFactory, ago


@pytest.mark.django_db
def test_a_missing_pattern_after_the_last_meeting(personas: Any) -> None:
    NetworkMeetingFactory(child=personas.child, held_on=ago(25))
    assert proposal_for(personas.child, timezone.localdate()) is None
    for days in (20, 12, 4):
        found = episode(personas, started=hours_ago(24 * days + 2))
        back: Any = found.ended_at
        interview(personas, found, offered=back + datetime.timedelta(hours=2))
    proposal = proposal_for(personas.child, timezone.localdate())
    assert proposal is not None
    assert proposal.first.startswith("Missing pattern: 3 episodes in the last 30 days")
    assert proposal.first.endswith(f"no network meeting since {ago(25).day} {ago(25):%b %Y}.")


@pytest.mark.django_db
def test_a_child_no_longer_in_care_gets_no_proposal(personas: Any) -> None:
    assert proposal_for(personas.child, timezone.localdate()) is not None
    PeriodOfCare.objects.filter(child=personas.child).update(end_date=ago(3), end_reason="E11")
    assert proposal_for(personas.child, timezone.localdate()) is None
