"""Escalations between agencies in a case bundle (escalation/models.py): `escalations`, each with its steps in the
order they were taken. Export here; import by EscalationWriter (bundles/escalation_writer.py), which replays the
steps through escalation/services.py (raised, responses, moves to the next stage, resolved or withdrawn), so that
the stage, its time limit and the status are worked out again and must agree with the bundle's.

An escalation raised from a joint decision names it (`discussion`, an id in `strategy_discussions`)."""

from __future__ import annotations

from typing import Any

from bundles.network import fields
from bundles.plain import worker
from escalation.models import Escalation, EscalationStep
from people.models import Child

ESCALATIONS = "escalations"
ESCALATION_FIELDS = (
    "raised_on",
    "raised_by_agency",
    "concerning_agency",
    "concern",
    "why_it_matters",
    "wanted_outcome",
)
STATE_FIELDS = (
    "stage",
    "stage_started_on",
    "stage_due_on",
    "status",
    "closed_on",
    "resolution",
)  # worked out
STEP_FIELDS = ("kind", "stage", "taken_on", "agency", "text", "due_on")
DATES = frozenset({"raised_on", "stage_started_on", "stage_due_on", "closed_on", "taken_on", "due_on"})
_BY = ("team", "agency")


def _step(step: EscalationStep) -> dict[str, Any]:
    return {"id": str(step.pk), **fields(step, STEP_FIELDS), "by": worker(step.by)}


def _escalation(escalation: Escalation) -> dict[str, Any]:
    steps = sorted(escalation.steps.all(), key=lambda s: (s.taken_on, s.recorded_at, str(s.pk)))
    return {
        "id": str(escalation.pk),
        **fields(escalation, ESCALATION_FIELDS),
        **fields(escalation, STATE_FIELDS),
        "raised_by": worker(escalation.raised_by),
        "concerning_user": worker(escalation.concerning_user),
        "discussion": str(escalation.discussion_id) if escalation.discussion_id else None,
        "steps": [_step(s) for s in steps],
    }


def escalation_export(child: Child) -> dict[str, Any]:
    """Escalations by the day raised then id, each with its steps in order."""
    rows = (
        Escalation.objects.filter(child=child)
        .select_related(*(f"raised_by__{x}" for x in _BY), *(f"concerning_user__{x}" for x in _BY))
        .prefetch_related("steps__by__team", "steps__by__agency")
    )
    return {ESCALATIONS: [_escalation(e) for e in sorted(rows, key=lambda e: (e.raised_on, str(e.pk)))]}
