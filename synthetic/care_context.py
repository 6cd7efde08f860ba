"""What the care-history stages share: one child's care so far, who was allocated on a given day, and the clock that
decides whether a record meeting a statutory timescale was made on time (about 85%), late (about 10%: a few days to
a few weeks) or not at all (about 5%)."""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from casework.models import AllocationRole, WorkerChangeReason
from duties.rules.calendar import birthday
from synthetic.mint import Mint
from synthetic.spec import (
    AllocationSpec,
    Authority,
    ChildSpec,
    LegalStatusSpec,
    PeriodOfCareSpec,
    PersonSpec,
    PlacementSpec,
    UserSpec,
)

ONE_DAY = timedelta(days=1)
WEEK = timedelta(days=7)
ON_TIME, LATE = 0.85, 0.10  # the rest are missed
RECENT = timedelta(days=90)  # the demo caseload keeps to time for duties due this recently
OVERDUE_WINDOW = timedelta(days=21)

# follow(day, n): the next occurrence after the n-th was made on `day`, as (due date, how many days early an on-time
# record may be), or None when the duty stops.
Follow = Callable[[date, int], tuple[date, int] | None]


@dataclass
class CareChild:
    """One child in care while their history is built (periods, statuses and placements oldest first)."""

    spec: ChildSpec
    person: PersonSpec
    dob: date
    uasc: bool
    strict: bool  # on the demo social worker's caseload now
    periods: list[PeriodOfCareSpec] = field(default_factory=list)
    statuses: list[LegalStatusSpec] = field(default_factory=list)
    placements: list[PlacementSpec] = field(default_factory=list)

    @property
    def id(self) -> uuid.UUID:
        return self.spec.person

    def age_on(self, day: date) -> int:
        years = day.year - self.dob.year
        return years if birthday(self.dob, years) <= day else years - 1

    def status_on(self, day: date) -> str:
        held = [
            s.code for s in self.statuses if s.start_date <= day and (s.end_date is None or s.end_date >= day)
        ]
        return held[-1] if held else ""


class Clock:
    """When the record that meets a duty due on `due` was made. A date after as_of means not yet done (the caller
    writes nothing). The demo social worker's children keep to time lately, except one overdue visit and one other
    overdue duty, and three visits timed to fall due in the week after as_of."""

    def __init__(self, mint: Mint, as_of: date) -> None:
        self.mint = mint
        self.as_of = as_of
        self.strict = False
        self.overdue = {"visit": 1, "other": 1}
        self.soon = 3

    def when(
        self, due: date, earliest: date, *, lead: int, late: int, kind: str, one_off: bool, open_: bool
    ) -> date | None:
        """lead: how many days before `due` an on-time record may be; late: at most how many days after a late
        one is; one_off: a duty that does not recur (a missed one of a placement or period still open is caught up
        long after); open_: its placement or period of care is still open at as_of."""
        mint, as_of = self.mint, self.as_of
        on_time = mint.between(max(earliest, due - timedelta(days=lead)), due)
        roll = mint.rng.random()
        day: date | None = on_time
        if roll >= ON_TIME + LATE:
            day = None
        elif roll >= ON_TIME:
            day = due + timedelta(days=mint.rng.randint(1, late))
        if day is None and one_off and open_ and due < as_of - timedelta(days=60):
            day = due + timedelta(days=mint.rng.randint(late, 4 * late))
        if not self.strict or due > as_of + RECENT:
            return day
        budget = "visit" if kind == "visit" else "other"
        if open_ and as_of - OVERDUE_WINDOW <= due < as_of and self.overdue[budget]:
            self.overdue[budget] -= 1
            return as_of + ONE_DAY
        if as_of < due <= as_of + WEEK:
            return self.mint.between(as_of + ONE_DAY, due)  # due this week, not done yet
        if due >= as_of - RECENT or (open_ and (day is None or day > as_of)):
            return on_time
        return day

    def due_soon(
        self, due: date, low: date, lead: int, follow: Callable[[date], tuple[date, int] | None]
    ) -> date | None:
        """For a demo child's visit: a day on time for `due` from which the next visit falls due in the week after
        as_of, or None."""
        if not self.strict or self.soon <= 0 or due > self.as_of + timedelta(days=60):
            return None
        after = follow(due)
        if after is None:
            return None
        interval = (after[0] - due).days
        first = max(low, due - timedelta(days=lead), self.as_of + timedelta(days=1 - interval))
        last = min(due, self.as_of + timedelta(days=6 - interval))
        if first > last or last > self.as_of:
            return None
        self.soon -= 1
        return self.mint.between(first, last)


def recurring(
    clock: Clock,
    first: tuple[date, int],
    earliest: date,
    follow: Follow,
    *,
    until: date,
    late: int,
    kind: str,
) -> list[date]:
    """The dates of a recurring record up to `until` (on or before as_of): `first` is (due, lead) of the first
    occurrence, and follow(day, n) gives the next after the n-th was made on `day`. A missed occurrence is made up
    about one interval later, which counts as late."""
    days: list[date] = []
    step: tuple[date, int] | None = first
    low = earliest
    while step is not None:
        due, lead = step
        day = clock.due_soon(due, low, lead, lambda d: follow(d, len(days) + 1)) if kind == "visit" else None
        if day is None:
            day = clock.when(
                due, low, lead=lead, late=max(3, min(late, lead + 7)), kind=kind, one_off=False,
                open_=until >= clock.as_of,
            )  # fmt: skip
        if day is None:
            after = follow(due, len(days) + 1)
            if after is None:
                break
            day = clock.mint.between(max(due + ONE_DAY, after[0] - timedelta(days=after[1])), after[0])
        if day > until:
            break
        days.append(day)
        low = day + ONE_DAY
        step = follow(day, len(days))
    return days


class Rota:
    """Who held a role for a child on a day, from the allocations built so far; `cover` allocates a social worker of
    the child's team and an IRO for an earlier period of care, which the allocator does not know of."""

    def __init__(self, mint: Mint, out: Authority, *, iros: list[UserSpec], everyone: list[UserSpec]) -> None:
        self.mint = mint
        self.out = out
        self.users = {u.username: u for u in out.users}
        self.segments: dict[tuple[uuid.UUID, str], list[AllocationSpec]] = {}
        for allocation in out.allocations:
            self.segments.setdefault((allocation.child, allocation.role), []).append(allocation)
        self.starts: dict[tuple[uuid.UUID, str], list[date]] = {}
        for key, held in self.segments.items():
            held.sort(key=lambda a: a.start_date)
            self.starts[key] = [a.start_date for a in held]
        self.teams: dict[str, list[UserSpec]] = {}
        for user in everyone:
            self.teams.setdefault(user.team or "", []).append(user)
        self.pools: dict[str, list[UserSpec]] = {
            AllocationRole.IRO: iros,
            AllocationRole.SOCIAL_WORKER: everyone,
        }

    def on(self, child: uuid.UUID, role: str, day: date) -> str:
        key = (child, role)
        index = bisect_right(self.starts.get(key, []), day) - 1
        if index < 0:
            return ""
        held = self.segments[key][index]
        return held.worker if held.end_date is None or held.end_date >= day else ""

    def first_from(self, child: uuid.UUID, role: str, day: date) -> AllocationSpec | None:
        """The first allocation starting on or after `day`."""
        key = (child, role)
        index = bisect_right(self.starts.get(key, []), day - ONE_DAY)
        held = self.segments.get(key, [])
        return held[index] if index < len(held) else None

    def cover(self, child: uuid.UUID, role: str, start: date, end: date) -> None:
        """Allocations from start to end (an earlier period of care): a worker from the child's team (or an IRO)
        employed on the day, the next one the day after one leaves; the last ends with the period."""
        pool = self.pools[role]
        if role == AllocationRole.SOCIAL_WORKER:
            now = self.first_from(child, role, end)
            team = self.users[now.worker].team if now else None
            pool = self.teams.get(team or "", pool)
        day, previous = start, None
        while day <= end:
            on_duty = [u for u in pool if u.employed_on(day) and u is not previous] or [
                u for u in self.pools[role] if u.employed_on(day)
            ]
            if not on_duty:
                return
            worker = self.mint.pick(on_duty)
            until, reason = end, WorkerChangeReason.CHCHAN
            if worker.left is not None and worker.left < end:
                until = worker.left
                reason = WorkerChangeReason.LEFTRL
            spec = AllocationSpec(self.mint.uuid(), child, worker.username, role, day, until, reason)
            self.out.allocations.append(spec)
            key = (child, role)
            index = bisect_right(self.starts.setdefault(key, []), day)
            self.starts[key].insert(index, day)
            self.segments.setdefault(key, []).insert(index, spec)
            day, previous = until + ONE_DAY, worker
