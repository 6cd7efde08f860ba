"""The register read in bulk for ranking: every entry as CarerFacts with its occupancy today and its record of
placements (care/register_selectors.py: `occupancy(today)` and `placement_records()`, one query each)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from care.models import CarerProvider, Placement
from care.register_record import NO_PLACEMENTS, PlacementRecord
from care.register_selectors import occupancy, placement_records
from matching.rank import CarerFacts

FIELDS = (
    "id",
    "reference",
    "name",
    "kind",
    "status",
    "area",
    "in_authority",
    "easting",
    "northing",
    "min_age",
    "max_age",
    "places",
    "sex_limit",
    "skills",
    "support",
)


def facts_of(row: dict[str, Any], occupied: int, record: PlacementRecord) -> CarerFacts:
    """CarerFacts from a register row read with `.values(*FIELDS)` (plain values: no model instances to build)."""
    return CarerFacts(
        id=row["id"],
        reference=row["reference"],
        name=row["name"],
        kind=row["kind"],
        status=row["status"],
        area=row["area"],
        in_authority=row["in_authority"],
        easting=row["easting"],
        northing=row["northing"],
        min_age=row["min_age"],
        max_age=row["max_age"],
        places=row["places"],
        sex_limit=row["sex_limit"],
        skills=frozenset(row["skills"] or ()),
        support=frozenset(row["support"] or ()),
        occupied=occupied,
        placements_ended=record.ended,
        placements_unplanned=record.unplanned,
    )


def register_facts(today: date) -> list[CarerFacts]:
    """Every register entry (closed ones too: ranking says why they are excluded) as CarerFacts on `today`."""
    taken = occupancy(today)
    records = placement_records()
    return [
        facts_of(row, taken.get(row["id"], 0), records.get(row["id"], NO_PLACEMENTS))
        for row in CarerProvider.objects.order_by("reference").values(*FIELDS)
    ]


def placed_with(child_id: Any, today: date) -> frozenset[UUID]:
    """The register entries the child has been placed with by `today` (now or before): for a connected carer, the
    register's only record of the child they were approved for (matching.rank's connected carer rule)."""
    return frozenset(
        Placement.objects.filter(child_id=child_id, carer_record__isnull=False, start_date__lte=today)
        .values_list("carer_record_id", flat=True)
        .distinct()
    )
