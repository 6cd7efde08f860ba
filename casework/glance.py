"""The child's page opens with "at a glance": what a worker picking the child up tomorrow needs first (the Child R
review, learning points 1 and 8). Reads only; `child` is one the access rule has cleared for this user."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from casework.continuity import Continuity, Spell, continuity
from casework.models import (
    Allocation,
    AllocationRole,
    HistorySection,
    HistorySectionKind,
    TransferSummary,
    WishesAndFeelings,
)
from chronology.models import KEY_SIGNIFICANCE, ChronologyEntry
from people.models import Child

KEY_EVENT_DAYS = 90


@dataclass(frozen=True)
class GlanceSection:
    """A written section of the history: its label, its text (the page cuts it to about 40 words) and whether it
    has gone unreviewed for over 12 months."""

    kind: str
    label: str
    text: str
    reviewed_on: date
    stale: bool


@dataclass(frozen=True)
class Glance:
    continuity: Continuity
    key_events: list[ChronologyEntry]
    history_written: int
    history_sections: int
    history_stale: list[str]
    history: list[GlanceSection]
    latest_words: WishesAndFeelings | None
    open_transfer: TransferSummary | None


def at_a_glance(
    *, user: Any, child: Child, today: date, allocations: Iterable[Allocation] | None = None
) -> Glance:
    """`allocations`: the child's allocations when the caller has them already (the child's page does)."""
    listed = Allocation.objects.filter(child=child) if allocations is None else allocations
    spells = [
        Spell(a.worker_id, a.start_date, a.end_date)
        for a in listed
        if a.role == AllocationRole.SOCIAL_WORKER and a.start_date <= today
    ]
    key_events = list(
        ChronologyEntry.objects.filter(
            child=child,
            significance__in=KEY_SIGNIFICANCE,
            occurred_on__gt=today - timedelta(days=KEY_EVENT_DAYS),
            occurred_on__lte=today,
        ).order_by("-occurred_on", "-created_at")[:10]
    )
    written = {s.kind: s for s in HistorySection.objects.filter(child=child) if s.text}
    sections = [written[kind] for kind in HistorySectionKind if kind in written]
    open_transfer = (
        TransferSummary.objects.filter(child=child)
        .select_related("outgoing", "incoming")
        .exclude(signed_off_at__isnull=False, acknowledged_at__isnull=False)
        .order_by("-changed_on")
        .first()
    )
    return Glance(
        continuity=continuity(spells, as_of=today),
        key_events=key_events,
        history_written=len(sections),
        history_sections=len(HistorySectionKind),
        history_stale=[s.get_kind_display() for s in sections if s.is_stale_on(today)],
        history=[
            GlanceSection(s.kind, s.get_kind_display(), s.text, s.reviewed_on, s.is_stale_on(today))
            for s in sections
        ],
        latest_words=WishesAndFeelings.objects.filter(child=child).select_related("heard_by").first(),
        open_transfer=open_transfer,
    )
