"""What the network, sharing and escalation stages of the seed read from the records built before them: who held a
grant or an allocation for a child on a day, the child's placements, schools and screenings, and invented names."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from casework.models import AllocationRole
from synthetic.care_context import Rota
from synthetic.mint import LONDON, Mint, years_before
from synthetic.names import given_name, surname
from synthetic.spec import Authority, GrantSpec, PersonSpec, PlacementSpec, ScreeningSpec, UserSpec
from synthetic.workforce import AGENCIES, STAFF_POOLS, Staff

ONE_DAY = timedelta(days=1)
CHILDRENS = "Children’s social care"
AGENCY = {a.key: a.name for a in AGENCIES}


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A time on the London clock, kept in UTC (as the other stages keep their times)."""
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON).astimezone(UTC)


def day_of(moment: datetime) -> date:
    return moment.astimezone(LONDON).date()


class Context:
    def __init__(self, mint: Mint, out: Authority, staff: Staff) -> None:
        self.mint = mint
        self.out = out
        self.as_of = out.as_of
        self.last_day = out.as_of - ONE_DAY
        self.cutoff = at(out.as_of, 0)
        self.window_start = years_before(out.as_of, out.years)
        self.users = {u.username: u for u in out.users}
        self.managers = {t.key: t.manager or "" for t in out.teams}
        self.people: dict[uuid.UUID, PersonSpec] = {p.id: p for p in out.people}
        self.rota = Rota(mint, out, iros=staff.iros, everyone=staff.all_social_workers())
        self.partners = staff.partners
        self.grants: dict[uuid.UUID, list[GrantSpec]] = defaultdict(list)
        for grant in out.grants:
            self.grants[grant.child].append(grant)
        self.placements: dict[uuid.UUID, list[PlacementSpec]] = defaultdict(list)
        for placement in out.placements:
            self.placements[placement.child].append(placement)
        for own in self.placements.values():
            own.sort(key=lambda p: p.start_date)
        self.schools: dict[uuid.UUID, list[tuple[date, str, str]]] = defaultdict(list)
        for pep in out.peps:
            self.schools[pep.child].append((pep.held_on, pep.school, pep.designated_teacher))
        for held in self.schools.values():
            held.sort()
        self.screenings: dict[uuid.UUID, list[ScreeningSpec]] = defaultdict(list)
        for screening in out.screenings:
            self.screenings[screening.child].append(screening)
        for own_screenings in self.screenings.values():
            own_screenings.sort(key=lambda s: (s.screened_on, s.recorded_at))
        self.episodes: dict[uuid.UUID, list[date]] = defaultdict(list)
        for episode in out.missing_episodes:
            self.episodes[episode.child].append(day_of(episode.started_at))
        for days in self.episodes.values():
            days.sort()
        self.risk_plans = {plan.child: plan for plan in out.risk_plans}

    def worker(self, child: uuid.UUID, day: date) -> str:
        return self.rota.on(child, AllocationRole.SOCIAL_WORKER, day)

    def manager_of(self, username: str) -> str:
        return self.managers.get(self.users[username].team or "", "") if username else ""

    def name(self, username: str) -> str:
        user = self.users[username]
        return f"{user.first_name} {user.last_name}"

    def agency_of(self, username: str) -> str:
        return AGENCY[self.users[username].agency]

    def user(self, username: str) -> UserSpec:
        return self.users[username]

    def holders(self, child: uuid.UUID, roles: frozenset[str], day: date) -> list[str]:
        """Active users of the roles holding a grant for the child in force on the day."""
        start, end = at(day, 0), at(day + ONE_DAY, 0)
        found: list[str] = []
        for grant in self.grants.get(child, ()):
            user = self.users[grant.user]
            if user.role not in roles or user.left is not None or grant.user in found:
                continue
            revoked = grant.revoked_at
            if grant.starts_at < end and grant.expires_at > start and (revoked is None or revoked >= end):
                found.append(grant.user)
        return found

    def invented(self, title: str = "") -> str:
        pool = self.mint.weighted(STAFF_POOLS)
        first = given_name(self.mint, pool, "U", "adult")
        return f"{title} {first} {surname(self.mint, pool)}".strip()

    def in_care_on(self, child: uuid.UUID, day: date) -> bool:
        return any(
            p.start_date <= day and (p.end_date is None or p.end_date >= day) for p in self.placements[child]
        )
