"""Deleting the placement a match was linked to leaves the match saying what was removed, open again (no outcome from
a placement that is gone), audited, and ready for another placement to be linked."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from care.services import care_record_delete
from care.tests.factories import PlacementFactory
from matching.models import Outcome
from matching.services import match_link_placement, placements_to_link
from matching.tests.factories import decided_match


@pytest.mark.django_db
def test_the_match_records_the_removed_placement(personas: Any) -> None:
    match = decided_match(personas)
    start = timezone.localdate()
    placement: Any = PlacementFactory(child=personas.child, carer_record=match.chosen, start_date=start)
    match_link_placement(actor=personas.wendy, match=match, placement=placement)

    care_record_delete(actor=personas.wendy, record=placement, reason="Recorded in error")

    match.refresh_from_db()
    assert match.placement_id is None and match.outcome == Outcome.OPEN and match.outcome_on is None
    assert match.placement_removed.startswith(
        f"The placement it was linked to (Example Household One, from {start.day}"
    )
    assert "was deleted from the record on" in match.placement_removed
    row = (
        AuditEvent.objects.filter(object_type="placementmatch", object_id=str(match.pk))
        .order_by("-seq")
        .first()
    )
    assert row is not None and row.reason == "linked placement deleted"
    again: Any = PlacementFactory(
        child=personas.child, carer_record=match.chosen, start_date=timezone.localdate()
    )
    assert placements_to_link(match) == [again]
