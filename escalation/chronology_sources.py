"""How escalations appear in the child's chronology (learning points 6 and 11): one entry per step (raised, each
response, each move to the next stage, the resolution or withdrawal), significant, in Category.ESCALATION."""

from __future__ import annotations

from django.db.models import F
from django.urls import reverse

from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import Facts, register
from escalation.models import EscalationStep, StepKind


def step_facts(step: EscalationStep) -> Facts:
    escalation = step.escalation
    about = f"{escalation.raised_by_agency} to {escalation.concerning_agency}"
    if step.kind == StepKind.RAISED:
        text = f"Escalation raised ({about}), stage {step.stage}: {step.text}"
    elif step.kind == StepKind.NEXT_STAGE:
        text = f"Escalation ({about}) moved to stage {step.stage}: {step.text}"
    elif step.kind == StepKind.RESPONSE:
        text = f"Response to the escalation ({about}), stage {step.stage}: {step.text}"
    else:
        text = f"Escalation ({about}) {step.get_kind_display().lower()} at stage {step.stage}: {step.text}"
    if step.due_on is not None:
        text += f" Stage {step.stage} is due by {step.due_on.day} {step.due_on:%b %Y}."
    return Facts(
        child_id=escalation.child_id,
        occurred_on=step.taken_on,
        category=Category.ESCALATION,
        what_happened=text,
        agency=step.agency[:200],
        significance=Significance.SIGNIFICANT,
    )


def _link(entry: ChronologyEntry) -> str:
    escalation_id = (
        EscalationStep.objects.filter(pk=entry.source_id).values_list("escalation_id", flat=True).first()
    )
    return reverse("escalation:detail", args=[entry.child_id, escalation_id]) if escalation_id else ""


def register_sources() -> None:
    register(
        EscalationStep,
        source_type="escalationstep",
        describe=step_facts,
        # rebuild() filters the records by child_id: a step's child is its escalation's
        queryset=lambda: EscalationStep.objects.select_related("escalation").annotate(
            child_id=F("escalation__child_id")
        ),
        link=_link,
        label="Escalation",
    )
