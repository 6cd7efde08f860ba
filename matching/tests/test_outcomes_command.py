"""`lantern match-outcomes --as-of` works out how each matched placement turned out on the day: stable once it ran
the stable days, disrupted when it ended for an unplanned reason; a second run changes nothing."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from care.codes import PlacementChangeReason
from care.tests.factories import PlacementFactory
from matching.models import Outcome
from matching.services import match_link_placement
from matching.tests.factories import decided_match


def _run(day: Any) -> str:
    out = StringIO()
    call_command("match_outcomes", "--as-of", day.isoformat(), stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_the_outcome_follows_the_placement(personas: Any) -> None:
    today = timezone.localdate()
    match = decided_match(personas)
    placement: Any = PlacementFactory(child=personas.child, carer_record=match.chosen, start_date=today)
    match_link_placement(actor=personas.wendy, match=match, placement=placement)
    assert (
        _run(today + timedelta(days=100))
        == f"Match outcomes on {(today + timedelta(days=100)).isoformat()}: 0 changed\n"
    )

    later = today + timedelta(days=200)
    assert _run(later).endswith(": 1 changed\n")
    match.refresh_from_db()
    assert (match.outcome, match.outcome_on) == (Outcome.STABLE, today + timedelta(days=182))
    assert _run(later).endswith(": 0 changed\n")

    placement.end_date, placement.change_reason = later, PlacementChangeReason.CREQB
    placement.save()
    _run(later)
    match.refresh_from_db()
    assert (match.outcome, match.outcome_on) == (Outcome.DISRUPTED, later)
