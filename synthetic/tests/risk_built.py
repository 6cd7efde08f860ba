"""Helpers for the risk tests: the seeded screenings by child and their grades (built from missing_built.built())."""

from __future__ import annotations

import uuid
from collections import defaultdict

from casework.models import AllocationRole
from synthetic.spec import Authority, ScreeningGradeSpec, ScreeningSpec


def screenings_by_child(a: Authority) -> dict[uuid.UUID, list[ScreeningSpec]]:
    """Each screened child's screenings, oldest first."""
    found: dict[uuid.UUID, list[ScreeningSpec]] = defaultdict(list)
    for screening in a.screenings:
        found[screening.child].append(screening)
    for own in found.values():
        own.sort(key=lambda s: (s.screened_on, s.recorded_at))
    return found


def latest_screenings(a: Authority) -> dict[uuid.UUID, ScreeningSpec]:
    return {child: own[-1] for child, own in screenings_by_child(a).items()}


def grades_by_screening(a: Authority) -> dict[uuid.UUID, list[ScreeningGradeSpec]]:
    found: dict[uuid.UUID, list[ScreeningGradeSpec]] = defaultdict(list)
    for grade in a.screening_grades:
        found[grade.screening].append(grade)
    return found


def demo_caseload(a: Authority) -> set[uuid.UUID]:
    """The children allocated to the demo social worker now."""
    return {
        x.child
        for x in a.allocations
        if x.role == AllocationRole.SOCIAL_WORKER and x.end_date is None and x.worker == "demo.social_worker"
    }
