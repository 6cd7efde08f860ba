"""How casework records appear in the child's chronology (registered in CaseworkConfig.ready)."""

from __future__ import annotations

from django.urls import reverse

from casework.models import Allocation, AllocationRole, CaseNote
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
