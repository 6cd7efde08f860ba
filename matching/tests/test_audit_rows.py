"""Every write of matching is in the audit log against the child: the search, the decision, the link and the notes."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from audit.actions import AuditAction
from audit.models import AuditEvent
from care.tests.factories import PlacementFactory
from matching.services import match_link_placement, match_record_notes
from matching.tests.factories import decided_match


@pytest.mark.django_db
def test_search_decision_link_and_notes_are_audited(personas: Any) -> None:
    match = decided_match(personas)
    placement: Any = PlacementFactory(
        child=personas.child, carer_record=match.chosen, start_date=timezone.localdate()
    )
    match_link_placement(actor=personas.wendy, match=match, placement=placement)
    match_record_notes(actor=personas.wendy, match=match, notes="Settled")
    rows = AuditEvent.objects.filter(object_type="placementmatch", object_id=str(match.pk)).order_by("seq")
    assert [(r.action, r.reason) for r in rows] == [
        (AuditAction.CREATE, "placement search"),
        (AuditAction.UPDATE, "carer chosen"),
        (AuditAction.UPDATE, "placement linked"),
        (AuditAction.UPDATE, "outcome notes"),
    ]
    assert all(str(r.child_id) == str(personas.child.pk) and r.actor_id == personas.wendy.pk for r in rows)
