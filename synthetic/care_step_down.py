"""After a child goes home from care, their social worker stays allocated for a while (the case steps down to
support as a child in need) instead of closing on the day care ends."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from care.codes import CareEndReason as End
from casework.models import AllocationRole
from synthetic.spec import Authority, PeriodOfCareSpec

WENT_HOME = frozenset({End.E4A.value, End.E4B.value, End.E13.value, End.E8.value})
STEP_DOWN = timedelta(days=365)


def keep_social_worker_after_going_home(out: Authority) -> None:
    """A social worker allocation that ended on the day a child went home now runs on for up to a year, until the
    day before the child next comes into care, or is still open. A year after any day is after the 31 March that
    closes its collection year, so the SSDA903 return of the year the child went home reports the social worker
    still allocated then, as rules SW12STG2 and SW17STG2 ask. No random draw: the records are otherwise as drawn."""
    periods: dict[object, list[PeriodOfCareSpec]] = defaultdict(list)
    for period in out.periods_of_care:
        periods[period.child].append(period)
    ends: dict[tuple[object, date], date | None] = {}
    for child, held in periods.items():
        held.sort(key=lambda p: p.start_date)
        for period, following in zip(held, [*held[1:], None], strict=True):
            if period.end_date is None or period.end_reason not in WENT_HOME:
                continue
            until = period.end_date + STEP_DOWN
            if following is not None:
                until = min(until, following.start_date - timedelta(days=1))
            ends[(child, period.end_date)] = None if until >= out.as_of else until
    for i, allocation in enumerate(out.allocations):
        if allocation.role != AllocationRole.SOCIAL_WORKER or allocation.end_date is None:
            continue
        key = (allocation.child, allocation.end_date)
        if key in ends:
            end = ends[key]
            out.allocations[i] = replace(allocation, end_date=end, end_reason="" if end is None else "CHCHAN")
