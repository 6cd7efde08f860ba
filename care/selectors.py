"""Reads of the care record. `child` arguments are children the access rule has already cleared for the user;
the stability figures are counts without names, for managers and analysts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from accounts.models import Team
from care.models import LegalStatusRecord, PeriodOfCare, Placement
from care.stability import ChildCare, Stability, Stay, stability
from casework.continuity import months_before
from casework.models import AllocationRole
from casework.selectors import current_allocations
from people.models import Child


def placement_on(*, child: Child, day: date) -> Placement | None:
    return (
        Placement.objects.filter(child=child, start_date__lte=day)
        .exclude(end_date__lt=day)
        .order_by("-start_date")
        .first()
    )


@dataclass(frozen=True)
class PlacementCounts:
    total: int
    last_12_months: int
    last_24_months: int


def placements_count(*, child: Child, day: date) -> PlacementCounts:
    """Placements up to `day`, and those the child lived in at any time in the last 12 and 24 months."""
    spans = list(
        Placement.objects.filter(child=child, start_date__lte=day).values_list("start_date", "end_date")
    )

    def within(months: int) -> int:
        since = months_before(day, months)
        return sum(1 for _, end in spans if end is None or end >= since)

    return PlacementCounts(len(spans), within(12), within(24))


def care_of(child_ids: Iterable[Any] | None, day: date) -> list[ChildCare]:
    """What the stability measures read, for these children (or all), on `day`."""
    ids = None if child_ids is None else list(child_ids)

    def mine(queryset: Any) -> Any:
        return queryset if ids is None else queryset.filter(child_id__in=ids)

    open_periods = mine(PeriodOfCare.objects.filter(start_date__lte=day)).exclude(end_date__lt=day)
    starts = dict(open_periods.values_list("child_id", "start_date"))
    statuses = dict(
        mine(LegalStatusRecord.objects.filter(start_date__lte=day, child_id__in=list(starts)))
        .exclude(end_date__lt=day)
        .values_list("child_id", "code")
    )
    stays: dict[Any, list[Stay]] = defaultdict(list)
    rows = Placement.objects.filter(child_id__in=list(starts), start_date__lte=day)
    for child_id, place, carer, start, end in rows.values_list(
        "child_id", "place", "carer", "start_date", "end_date"
    ):
        stays[child_id].append(Stay(place, carer, start, end))
    births = dict(Child.objects.filter(pk__in=list(starts)).values_list("person_id", "person__date_of_birth"))
    return [
        ChildCare(
            str(child_id), births.get(child_id), start, statuses.get(child_id, ""), tuple(stays[child_id])
        )
        for child_id, start in starts.items()
    ]


def stability_of(child_ids: Iterable[Any] | None, day: date) -> Stability:
    return stability(care_of(child_ids, day), day)


def stability_by_team(day: date) -> tuple[list[tuple[Team, Stability]], Stability]:
    """The stability measures per team (the team of each child's social worker on the day) and for the authority."""
    everyone = care_of(None, day)
    allocated = current_allocations(day).filter(role=AllocationRole.SOCIAL_WORKER, worker__team__isnull=False)
    team_of = {str(child): team for child, team in allocated.values_list("child_id", "worker__team_id")}
    by_team: dict[Any, list[ChildCare]] = defaultdict(list)
    for child in everyone:
        team = team_of.get(child.child_id)
        if team is not None:
            by_team[team].append(child)
    teams = Team.objects.filter(pk__in=list(by_team)).order_by("name")
    return [(t, stability(by_team[t.pk], day)) for t in teams], stability(everyone, day)
