"""Reads of a child's chronology. Every function takes a child already cleared for this user by
access.guards.load_child, and the user, so that later scoping (a partner seeing only what they may) lands here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import QuerySet

from chronology.gaps import DEFAULT_GAP_DAYS, Gap, active_days, find_gaps
from chronology.models import KEY_SIGNIFICANCE, ChronologyEntry, ChronologyImport
from people.models import Child


@dataclass(frozen=True)
class Filters:
    agency: str = ""
    category: str = ""
    significance: str = ""
    date_from: date | None = None
    date_to: date | None = None
    key_only: bool = False
    newest_first: bool = False


def entries_for(*, user: Any, child: Child, filters: Filters = Filters()) -> QuerySet[ChronologyEntry]:
    entries = ChronologyEntry.objects.filter(child=child)
    if filters.agency:
        entries = entries.filter(agency=filters.agency)
    if filters.category:
        entries = entries.filter(category=filters.category)
    if filters.significance:
        entries = entries.filter(significance=filters.significance)
    if filters.key_only:
        entries = entries.filter(significance__in=KEY_SIGNIFICANCE)
    if filters.date_from:
        entries = entries.filter(occurred_on__gte=filters.date_from)
    if filters.date_to:
        entries = entries.filter(occurred_on__lte=filters.date_to)
    order = (
        ("-occurred_on", "-created_at", "-pk")
        if filters.newest_first
        else ("occurred_on", "created_at", "pk")
    )
    return entries.order_by(*order)


def agencies_for(*, user: Any, child: Child) -> list[str]:
    return list(
        ChronologyEntry.objects.filter(child=child)
        .order_by("agency")
        .values_list("agency", flat=True)
        .distinct()
    )


def gaps_for(entries: QuerySet[ChronologyEntry], *, min_days: int = DEFAULT_GAP_DAYS) -> list[Gap]:
    spans = entries.order_by().values_list("occurred_on", "occurred_until")
    return find_gaps(active_days(_Span(a, b) for a, b in spans), min_days=min_days)


def gaps_within(
    entries: QuerySet[ChronologyEntry], *, low: date, high: date | None, min_days: int = DEFAULT_GAP_DAYS
) -> list[Gap]:
    """The gaps between `low` and `high` (no upper bound when None): what one page of the chronology needs,
    without reading the whole of a long chronology."""
    unordered = entries.order_by()
    starts = unordered.filter(occurred_on__gte=low)
    ends = unordered.filter(occurred_until__gte=low)
    if high is not None:
        starts = starts.filter(occurred_on__lte=high)
        ends = ends.filter(occurred_until__lte=high)
    days = [*starts.values_list("occurred_on", flat=True)]
    days += [day for day in ends.values_list("occurred_until", flat=True) if day is not None]
    return find_gaps([low, *days], min_days=min_days)


def imports_for(*, user: Any, child: Child) -> QuerySet[ChronologyImport]:
    return ChronologyImport.objects.filter(child=child).select_related("imported_by", "undone_by")


def entry_for(*, user: Any, child: Child, entry_id: Any) -> ChronologyEntry | None:
    return ChronologyEntry.objects.filter(child=child, pk=entry_id).first()


@dataclass(frozen=True)
class _Span:
    occurred_on: date
    occurred_until: date | None
