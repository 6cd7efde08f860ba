"""Reads of escalations. A child's escalations are read after access.guards.load_child has let the user see the
child; the dashboards start from the access rule (access.selectors.visible_children); the partnership's counts name
no child."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import QuerySet

from access.guards import may_list_children
from access.selectors import visible_children
from accounts.models import Agency
from accounts.roles import Role
from escalation.models import Escalation, Stage, Status
from escalation.stages import AGE_BANDS, Clock, age_band, clock, working_days_between
from network.models import AgencyKind
from people.models import Child


def escalations_of(child: Child) -> QuerySet[Escalation]:
    return Escalation.objects.filter(child=child).select_related("raised_by", "concerning_user")


def escalation_of(child: Child, escalation_id: Any) -> Escalation | None:
    return (
        escalations_of(child)
        .prefetch_related("steps__by")
        .select_related("discussion", "raised_by__team")
        .filter(pk=escalation_id)
        .first()
    )


def clock_of(escalation: Escalation, today: date) -> Clock:
    return clock(escalation.stage_due_on, today, is_open=escalation.is_open)


@dataclass(frozen=True)
class OpenEscalation:
    escalation: Escalation
    clock: Clock
    working_days_open: int

    @property
    def child(self) -> Child:
        return self.escalation.child


def _rows(found: QuerySet[Escalation], today: date) -> list[OpenEscalation]:
    rows = [OpenEscalation(e, clock_of(e, today), working_days_between(e.raised_on, today)) for e in found]
    rows.sort(key=lambda r: (not r.clock.overdue, -r.working_days_open, -r.escalation.stage))
    return rows


def open_for_child(child: Child, today: date) -> list[OpenEscalation]:
    """The child's open escalations, overdue first, then the oldest."""
    return _rows(escalations_of(child).filter(status=Status.OPEN), today)


def dashboard_for(user: Any, today: date, *, stage: int | None = None) -> list[OpenEscalation]:
    """The open escalations of the children the user may see (a manager: their teams' children), overdue first, then
    by age; a role that sees only part of a record (the return interview service) lists none."""
    if not may_list_children(user):
        return []
    found = Escalation.objects.filter(status=Status.OPEN, child__in=visible_children(user)).select_related(
        "child__person", "raised_by"
    )
    if stage is not None:
        found = found.filter(stage=stage)
    return _rows(found, today)


@dataclass(frozen=True)
class PartnershipCounts:
    """Open escalations across the area, with no child named: by stage and age band, by pair of agencies."""

    total: int
    overdue: int
    bands: list[str]
    by_stage: list[tuple[str, list[int], int]]  # stage label, a count per band, the stage's total
    by_agencies: list[tuple[str, str, int, int]]  # raised by, about, open, overdue


UNNAMED_AGENCY = "Another agency (typed in the record, not shown here)"


def _known_agency_names() -> dict[str, str]:
    """The agencies the partnership page may name: those registered in Lantern, the kinds of agency a network member
    has, and the roles (the agency of a user with none recorded). Anything else was typed freely on the escalation
    and could name a person or the child, so the page does not repeat it."""
    names = [a.name for a in Agency.objects.all()]
    names += [str(label) for _, label in AgencyKind.choices] + [str(label) for _, label in Role.choices]
    return {name.strip().casefold(): name for name in names}


def partnership_counts(today: date) -> PartnershipCounts:
    known = _known_agency_names()
    rows = Escalation.objects.filter(status=Status.OPEN).values_list(
        "stage", "raised_on", "stage_due_on", "raised_by_agency", "concerning_agency"
    )
    bands = [label for label, _, _ in AGE_BANDS]
    cells: Counter[tuple[int, str]] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    late_pairs: Counter[tuple[str, str]] = Counter()
    overdue = total = 0
    for stage, raised_on, due_on, typed_by, typed_about in rows:
        by_agency = known.get(typed_by.strip().casefold(), UNNAMED_AGENCY)
        about = known.get(typed_about.strip().casefold(), UNNAMED_AGENCY)
        total += 1
        cells[(stage, age_band(working_days_between(raised_on, today)))] += 1
        pairs[(by_agency, about)] += 1
        if today > due_on:
            overdue += 1
            late_pairs[(by_agency, about)] += 1
    by_stage = []
    for stage in Stage:
        counts = [cells[(stage.value, band)] for band in bands]
        by_stage.append((stage.label, counts, sum(counts)))
    by_agencies = [
        (a, b, n, late_pairs[(a, b)]) for (a, b), n in sorted(pairs.items(), key=lambda p: (-p[1], p[0]))
    ]
    return PartnershipCounts(total, overdue, bands, by_stage, by_agencies)
