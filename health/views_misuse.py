"""The child's substance misuse records, declared once for lantern.record_pages and written through
health.services (each date checked against the child's date of birth and today, audited)."""

from __future__ import annotations

from typing import Any

from health.forms_misuse import SubstanceMisuseForm
from health.models import SubstanceMisuse
from health.services import substance_misuse_save
from lantern.record_pages import RecordKind, Shown, day_text


def _save(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return substance_misuse_save(actor=actor, record=record, expected_version=expected_version)


def _intervention(record: SubstanceMisuse) -> str:
    if record.intervention_received_on is not None:
        return f"Received from {day_text(record.intervention_received_on)}"
    if record.intervention_offered_on is not None:
        return f"Offered on {day_text(record.intervention_offered_on)}, not received"
    return "None offered"


MISUSE = RecordKind(
    model=SubstanceMisuse,
    form=SubstanceMisuseForm,
    namespace="health",
    prefix="misuse",
    segment="health/substance-misuse",
    id_kwarg="misuse_id",
    noun="substance misuse record",
    plural="Substance misuse",
    list_name="health:misuse",
    date_field="identified_on",
    title=lambda m: f"Substance misuse problem identified on {day_text(m.identified_on)}",
    shown=(
        Shown("Date the problem was identified", "identified_on"),
        Shown("Identified by", "identified_by"),
        Shown("Intervention", value=_intervention),
        Shown("Date an intervention was offered", "intervention_offered_on"),
        Shown("Service giving the intervention", "intervention_by"),
        Shown("Date the problem was no longer identified", "resolved_on", empty="Still identified"),
        Shown("Notes", "notes", long=True),
        Shown("Recorded by", "recorded_by"),
    ),
    save=_save,
    recorded_by="recorded_by",
    related=("recorded_by",),
    intro="Substance misuse problems identified for the child, and the interventions offered and received for "
    "them. They are reported in the children looked after return.",
    empty="No substance misuse problem recorded.",
)
