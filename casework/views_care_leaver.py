"""A care leaver's circumstances at their 17th to 21st birthdays, declared once for lantern.record_pages and written
through casework.care_leaver_services (audited). The authority's staff's to read, like visits and reviews."""

from __future__ import annotations

from typing import Any

from access.guards import Need
from casework.care_leaver import CareLeaverOutcome
from casework.care_leaver_forms import CareLeaverOutcomeForm
from casework.care_leaver_rules import age_at
from casework.care_leaver_services import care_leaver_outcome_save
from lantern.record_pages import RecordKind, Shown, day_text


def _save(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return care_leaver_outcome_save(actor=actor, outcome=record, expected_version=expected_version)


def _title(outcome: CareLeaverOutcome) -> str:
    born = outcome.child.person.date_of_birth
    age = age_at(born, outcome.birthday) if born is not None else None
    which = f"{age}th birthday" if age is not None else "Birthday"
    return f"{which}, {day_text(outcome.birthday)}"


CARE_LEAVER = RecordKind(
    model=CareLeaverOutcome,
    form=CareLeaverOutcomeForm,
    namespace="casework",
    prefix="care-leaver",
    segment="care-leaver",
    id_kwarg="leaver_outcome_id",
    noun="birthday record",
    plural="Care leaver: birthdays from 17 to 21",
    list_name="casework:care-leaver",
    list_need=Need.STAFF,
    date_field="birthday",
    title=_title,
    shown=(
        Shown("Birthday", "birthday"),
        Shown("In touch", "in_touch"),
        Shown("Main activity", "activity", empty="Not reported"),
        Shown("Accommodation", "accommodation", empty="Not reported"),
        Shown("Notes", "notes", long=True),
        Shown("Recorded by", "recorded_by"),
    ),
    save=_save,
    recorded_by="recorded_by",
    related=("recorded_by", "child__person"),
    intro="Whether the authority is in touch with the young person around their 17th to 21st birthdays, their main "
    "activity and their accommodation. They are reported in the children looked after return (care leavers).",
    empty="Nothing recorded for their birthdays from 17 to 21.",
)
