"""Reads of the carer and provider register that carry no child's name: how many children each entry has now
(for vacancies) and each entry's record of placements. Both are one query for the whole register, so that matching
can rank every carer at once; entries with no placements are missing from the dicts (read with `.get(id, 0)` or
`.get(id, NO_PLACEMENTS)`)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from django.db.models import Count, Q, QuerySet

from care.codes import UNPLANNED_ENDINGS, PlacementChangeReason
from care.models import Placement
from care.register_record import NO_PLACEMENTS, PlacementRecord


def occupancy(today: date) -> dict[UUID, int]:
    """Placements current on `today` per register entry. A placement ending on `today` still counts, as in
    Placement.is_current_on."""
    rows = (
        Placement.objects.filter(carer_record__isnull=False, start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .values("carer_record_id")
        .annotate(n=Count("id"))
        .values_list("carer_record_id", "n")
    )
    return {carer_id: n for carer_id, n in rows}


_UNPLANNED = Q(end_date__isnull=False, change_reason__in=[str(r) for r in UNPLANNED_ENDINGS])


def placement_records() -> dict[UUID, PlacementRecord]:
    """Every register entry's record of placements: all its placements, those with an end date, and those ended
    for a reason in UNPLANNED_ENDINGS."""
    return _records(Placement.objects.filter(carer_record__isnull=False))


def _records(placements: QuerySet[Placement]) -> dict[UUID, PlacementRecord]:
    unplanned = _UNPLANNED
    rows = (
        placements.values("carer_record_id")
        .annotate(
            total=Count("id"),
            ended=Count("id", filter=Q(end_date__isnull=False)),
            unplanned=Count("id", filter=unplanned),
        )
        .values_list("carer_record_id", "total", "ended", "unplanned")
    )
    return {
        carer_id: PlacementRecord(total=total, ended=ended, unplanned=n_unplanned)
        for carer_id, total, ended, n_unplanned in rows
    }


def placement_record_of(carer_id: UUID) -> PlacementRecord:
    return _records(Placement.objects.filter(carer_record_id=carer_id)).get(carer_id, NO_PLACEMENTS)


def unplanned_reasons(carer_id: UUID) -> list[tuple[str, int]]:
    """The reasons this entry's placements ended unplanned, in words, with how many ended for each, most first."""
    rows = (
        Placement.objects.filter(_UNPLANNED, carer_record_id=carer_id)
        .values("change_reason")
        .annotate(n=Count("id"))
        .values_list("change_reason", "n")
    )
    labels = dict(PlacementChangeReason.choices)
    return sorted(((str(labels.get(code, code)), n) for code, n in rows), key=lambda row: (-row[1], row[0]))


def current_placements(carer_id: UUID, today: date) -> QuerySet[Placement]:
    """The placements with this entry current on `today`, with their children (for the entry's page, which names
    only the children the user may see)."""
    return (
        Placement.objects.filter(carer_record_id=carer_id, start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .select_related("child__person")
        .order_by("start_date")
    )


def free_places(carer_id: UUID, places: int, day: date, *, excluding: Any = None) -> int:
    """The entry's places free on `day`: its approved places less the placements with it on that day, leaving out the
    placement `excluding` (the one being checked). A placement that ends on `day` frees its place for one that begins
    that day (SSDA903 records a move that way), unlike `occupancy`, which counts it for the whole of its last day."""
    taken = (
        Placement.objects.filter(carer_record_id=carer_id, start_date__lte=day)
        .filter(Q(end_date__isnull=True) | Q(end_date__gt=day))
        .exclude(pk=excluding)
        .count()
    )
    return max(0, places - taken)
