"""How the education record appears in the child's chronology (learning point 9): PEP meetings, school moves
(significant, with the records' transfer and whether it was late), permanent exclusions (critical), suspensions
(significant) and enrolment starts (routine), all in Category.EDUCATION."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse

from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import Facts, register
from education.config import school_holidays
from education.models import Enrolment, Exclusion, ExclusionKind, PersonalEducationPlan, SchoolMove
from education.school_days import school_days_between

SCHOOL = "School"


def _day(day: object) -> str:
    return f"{day.day} {day:%b %Y}"  # type: ignore[attr-defined]


def pep_facts(pep: PersonalEducationPlan) -> Facts:
    text = "Personal education plan meeting"
    if pep.school:
        text += f" at {pep.school}"
    return Facts(
        child_id=pep.child_id,
        occurred_on=pep.held_on,
        category=Category.EDUCATION,
        what_happened=text,
        agency="Virtual school",
    )


def _records_text(move: SchoolMove) -> str:
    due = move.records_due_on
    if due is None:
        return ""
    received = move.records_received_on
    if received is not None and received > due:
        late = school_days_between(due, received, school_holidays())
        return (
            f" The records were received late, on {_day(received)} ({late} school day{'s' if late != 1 else ''} "
            f"after they were due by {_day(due)})."
        )
    if received is not None:
        return f" The records were received on {_day(received)}, in time."
    if move.records_sent_on is not None:
        return f" The records were sent on {_day(move.records_sent_on)} (due by {_day(due)})."
    return f" The records are due by {_day(due)}."


def move_facts(move: SchoolMove) -> Facts:
    old = move.from_school.name if move.from_school else "a school"
    text = f"School move: left {old} on {_day(move.left_on)}"
    if move.to_school is not None:
        text += f" for {move.to_school.name}"
        if move.joined_on is not None:
            text += f", joined on {_day(move.joined_on)}"
    text += f" ({move.get_reason_display().lower()})."
    text += _records_text(move)
    if move.ks4_approved_on is not None:
        text += f" Key Stage 4 move approved by {move.ks4_approved_by} on {_day(move.ks4_approved_on)}."
    return Facts(
        child_id=move.child_id,
        occurred_on=move.left_on,
        category=Category.EDUCATION,
        what_happened=text,
        agency=SCHOOL,
        significance=Significance.SIGNIFICANT,
    )


def exclusion_facts(exclusion: Exclusion) -> Facts:
    permanent = exclusion.kind == ExclusionKind.PERMANENT
    if permanent:
        text = f"Permanently excluded from {exclusion.school.name}: {exclusion.reason}"
    else:
        text = f"Suspended from {exclusion.school.name} for {exclusion.days} days: {exclusion.reason}"
    return Facts(
        child_id=exclusion.child_id,
        occurred_on=exclusion.start_date,
        category=Category.EDUCATION,
        what_happened=text,
        agency=SCHOOL,
        significance=Significance.CRITICAL if permanent else Significance.SIGNIFICANT,
    )


def enrolment_facts(enrolment: Enrolment) -> Facts:
    dual = " (dual registration)" if enrolment.dual else ""
    return Facts(
        child_id=enrolment.child_id,
        occurred_on=enrolment.start_date,
        category=Category.EDUCATION,
        what_happened=f"Started at {enrolment.school.name}{dual}",
        agency=SCHOOL,
    )


def _record_link(anchor: str) -> Callable[[ChronologyEntry], str]:
    def link(entry: ChronologyEntry) -> str:
        return reverse("education:record", args=[entry.child_id]) + f"#{anchor}-{entry.source_id}"

    return link


def _pep_link(entry: ChronologyEntry) -> str:
    return reverse("education:peps", args=[entry.child_id]) + f"#record-{entry.source_id}"


def register_sources() -> None:
    register(PersonalEducationPlan, source_type="pep", describe=pep_facts, link=_pep_link, label="PEP")
    register(
        SchoolMove,
        source_type="schoolmove",
        describe=move_facts,
        queryset=lambda: SchoolMove.objects.select_related("from_school", "to_school"),
        link=_record_link("move"),
        label="School move",
    )
    register(
        Exclusion,
        source_type="exclusion",
        describe=exclusion_facts,
        queryset=lambda: Exclusion.objects.select_related("school"),
        link=_record_link("record"),
        label="Exclusion",
    )
    register(
        Enrolment,
        source_type="enrolment",
        describe=enrolment_facts,
        queryset=lambda: Enrolment.objects.select_related("school"),
        link=_record_link("record"),
        label="Enrolment",
    )
