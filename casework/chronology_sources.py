"""How casework records appear in the child's chronology (registered in CaseworkConfig.ready)."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse

from casework.models import (
    Allocation,
    AllocationRole,
    CaseNote,
    LookedAfterReview,
    PlacementNotification,
    Plan,
    Visit,
)
from casework.statutory_records import PlanKind
from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import Facts, register


def _agency(user: object) -> str:
    agency = getattr(user, "agency", None)
    return agency.name if agency is not None else ""


def allocation_facts(allocation: Allocation) -> Facts:
    """A change of worker. A new social worker is significant: the Child R review counted ten in two years."""
    worker = allocation.worker
    text = f"{worker.display_name} allocated as {allocation.get_role_display().lower()}"
    if allocation.end_date:
        reason = f" ({allocation.get_end_reason_display().lower()})" if allocation.end_reason else ""
        text += f"; allocation ended {allocation.end_date:%d %b %Y}{reason}"
    return Facts(
        child_id=allocation.child_id,
        occurred_on=allocation.start_date,
        occurred_until=allocation.end_date,
        category=Category.WORKER_CHANGE,
        what_happened=text,
        agency=_agency(worker),
        significance=(
            Significance.SIGNIFICANT
            if allocation.role == AllocationRole.SOCIAL_WORKER
            else Significance.ROUTINE
        ),
    )


def case_note_facts(note: CaseNote) -> Facts | None:
    if not note.significant:
        return None
    return Facts(
        child_id=note.child_id,
        occurred_on=note.occurred_on,
        category=Category.CASE_NOTE,
        what_happened=note.subject,
        agency=_agency(note.author),
        significance=Significance.SIGNIFICANT,
    )


def _allocation_link(entry: ChronologyEntry) -> str:
    return reverse("people:child", args=[entry.child_id]) + "#workers"


def _note_link(entry: ChronologyEntry) -> str:
    return reverse("casework:notes", args=[entry.child_id]) + f"#note-{entry.source_id}"


def register_sources() -> None:
    register(
        Allocation,
        source_type="allocation",
        describe=allocation_facts,
        queryset=lambda: Allocation.objects.select_related("worker__agency"),
        link=_allocation_link,
        label="Allocation",
    )
    register(
        CaseNote,
        source_type="casenote",
        describe=case_note_facts,
        queryset=lambda: CaseNote.objects.select_related("author__agency"),
        link=_note_link,
        label="Case note",
    )
    register_statutory_sources()


def visit_facts(visit: Visit) -> Facts:
    if not visit.seen:
        text = "Visit: the child was not seen"
    else:
        text = "Visit: the child was seen alone" if visit.seen_alone else "Visit: the child was seen"
    text += f" ({visit.get_where_display().lower()})"
    return Facts(
        child_id=visit.child_id,
        occurred_on=visit.visited_on,
        category=Category.VISIT,
        what_happened=text,
        agency=_agency(visit.visitor) if visit.visitor_id else "",
        significance=Significance.ROUTINE if visit.seen else Significance.SIGNIFICANT,
    )


def review_facts(review: LookedAfterReview) -> Facts:
    return Facts(
        child_id=review.child_id,
        occurred_on=review.held_on,
        category=Category.REVIEW,
        what_happened=f"Looked-after review; {review.get_participation_display()}",
        agency=_agency(review.iro) if review.iro_id else "",
        significance=Significance.SIGNIFICANT,
    )


def plan_facts(plan: Plan) -> Facts:
    text = f"{plan.get_kind_display()} made or reviewed"
    if plan.kind == PlanKind.PLACEMENT_PLAN:
        text += (
            f"; signed by the carer on {plan.carer_signed_on:%d %b %Y}"
            if plan.carer_signed_on
            else "; not yet signed by the carer"
        )
    return Facts(
        child_id=plan.child_id, occurred_on=plan.made_on, category=Category.OTHER, what_happened=text
    )


def notification_facts(notice: PlacementNotification) -> Facts:
    return Facts(
        child_id=notice.child_id,
        occurred_on=notice.sent_on,
        category=Category.PLACEMENT,
        what_happened=f"{notice.get_recipient_display()} told of the placement",
    )


def _record_link(name: str) -> Callable[[ChronologyEntry], str]:
    def link(entry: ChronologyEntry) -> str:
        return reverse(name, args=[entry.child_id]) + f"#record-{entry.source_id}"

    return link


def register_statutory_sources() -> None:
    register(
        Visit,
        source_type="visit",
        describe=visit_facts,
        queryset=lambda: Visit.objects.select_related("visitor__agency"),
        link=_record_link("casework:visits"),
        label="Visit",
    )
    register(
        LookedAfterReview,
        source_type="review",
        describe=review_facts,
        queryset=lambda: LookedAfterReview.objects.select_related("iro__agency"),
        link=_record_link("casework:reviews"),
        label="Looked-after review",
    )
    register(Plan, source_type="plan", describe=plan_facts, link=_record_link("casework:plans"), label="Plan")
    register(
        PlacementNotification,
        source_type="notification",
        describe=notification_facts,
        link=_record_link("care:record"),
        label="Placement notification",
    )
