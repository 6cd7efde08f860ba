"""The child's youth justice outcomes, declared once for lantern.record_pages and written through
casework.youth_justice_services (audited). Like visits and reviews, they are the authority's staff's to read."""

from __future__ import annotations

from typing import Any

from access.guards import Need
from casework.youth_justice import YouthJusticeOutcome
from casework.youth_justice_forms import YouthJusticeOutcomeForm
from casework.youth_justice_services import outcome_save
from lantern.record_pages import RecordKind, Shown, day_text


def _save(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return outcome_save(actor=actor, outcome=record, expected_version=expected_version)


OUTCOMES = RecordKind(
    model=YouthJusticeOutcome,
    form=YouthJusticeOutcomeForm,
    namespace="casework",
    prefix="youth-justice",
    segment="youth-justice",
    id_kwarg="outcome_id",
    noun="youth justice outcome",
    plural="Youth justice outcomes",
    list_name="casework:youth-justice",
    list_need=Need.STAFF,
    date_field="outcome_on",
    title=lambda o: f"{o.get_kind_display()} on {day_text(o.outcome_on)}",
    shown=(
        Shown("Outcome", "kind"),
        Shown("Date of the outcome", "outcome_on"),
        Shown("Offence", "offence"),
        Shown("Court or police force", "given_by"),
        Shown("Notes", "notes", long=True),
        Shown("Recorded by", "recorded_by"),
    ),
    save=_save,
    recorded_by="recorded_by",
    related=("recorded_by",),
    intro="Convictions, cautions and other outcomes of the youth justice system. Convictions, youth cautions and "
    "youth conditional cautions are reported in the children looked after return.",
    empty="No youth justice outcome recorded.",
)
