"""The agencies, teams and people who work with children: social workers who join and leave, team managers,
independent reviewing officers, partners (police, health, education, carers, commissioned services), and one
demo user for each role with a predictable username (demo.<role>).

Social workers, team managers and independent reviewing officers (all registered social workers) have a Social
Work England registration number, the SW_ID of the SSDA903 return. The numbers are invented: "SW99" and a six-digit
serial in the order the users were made (so a seed always gives the same numbers and takes no random draws for
them), eight digits where Social Work England's run to six at most, so that none is a real worker's registration."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from accounts.models import Agency
from accounts.roles import Role
from synthetic.families import years
from synthetic.mint import Mint
from synthetic.names import BRITISH, CARIBBEAN, EUROPEAN, SOUTH_ASIAN, WEST_AFRICAN, Pool, given_name, surname
from synthetic.spec import AgencySpec, Authority, TeamSpec, UserSpec

LA, POLICE, HEALTH, EDUCATION, COMMISSIONED = "la", "police", "health", "education", "commissioned"
AGENCIES = (
    AgencySpec(LA, "Lantern Borough Council", Agency.Kind.LOCAL_AUTHORITY),
    AgencySpec(POLICE, "Lanternshire Constabulary", Agency.Kind.POLICE),
    AgencySpec(HEALTH, "Lantern Valley Community Health Trust", Agency.Kind.HEALTH),
    AgencySpec(EDUCATION, "Lantern Borough Virtual School", Agency.Kind.EDUCATION),
    AgencySpec(COMMISSIONED, "Lanternlight Return Home Service", Agency.Kind.COMMISSIONED),
)
STAFF_POOLS: tuple[tuple[Pool, float], ...] = (
    (BRITISH, 74),
    (SOUTH_ASIAN, 8),
    (WEST_AFRICAN, 8),
    (CARIBBEAN, 6),
    (EUROPEAN, 4),
)
AREAS = ("North", "South", "East", "West", "Central")
IRO_TEAM, HUB_TEAM = "iro", "hub"
CHILDREN_PER_TEAM = 25
CHILDREN_PER_WORKER = 12
CHILDREN_PER_IRO = 60

# Partners who see children through grants: role, agency, job title, children per user, at least.
PARTNERS = (
    (Role.POLICE, POLICE, "Police liaison officer", 100, 2),
    (Role.HEALTH, HEALTH, "Looked-after children's nurse", 150, 2),
    (Role.EDUCATION, EDUCATION, "Virtual school adviser", 150, 2),
    (Role.CARER, LA, "Foster carer", 10, 3),
    (Role.MISSING_COORDINATOR, LA, "Missing and exploitation coordinator", 500, 1),
    (Role.RETURN_INTERVIEWER, COMMISSIONED, "Return interview worker", 400, 1),
)
DEMO_AGENCY = {
    Role.POLICE: POLICE,
    Role.HEALTH: HEALTH,
    Role.EDUCATION: EDUCATION,
    Role.RETURN_INTERVIEWER: COMMISSIONED,
}


REGISTERED_ROLES = frozenset({Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.IRO})
INVENTED_REGISTRATION_PREFIX = "SW99"


def swe_registrations(users: Iterable[UserSpec]) -> dict[str, str]:
    """An invented Social Work England registration number for each registered social worker, by username."""
    registered = [u.username for u in users if u.role in REGISTERED_ROLES]
    return {name: f"{INVENTED_REGISTRATION_PREFIX}{n:06d}" for n, name in enumerate(registered, start=1)}


def demo_username(role: str) -> str:
    return f"demo.{role}"


@dataclass
class Staff:
    managers: dict[str, UserSpec] = field(default_factory=dict)
    social_workers: dict[str, list[UserSpec]] = field(default_factory=dict)
    iros: list[UserSpec] = field(default_factory=list)
    partners: dict[str, list[UserSpec]] = field(default_factory=dict)
    demo: dict[str, UserSpec] = field(default_factory=dict)

    def all_social_workers(self) -> list[UserSpec]:
        return [worker for workers in self.social_workers.values() for worker in workers]


class Workforce:
    def __init__(self, mint: Mint, out: Authority, window_start: date) -> None:
        self.mint = mint
        self.out = out
        self.window_start = window_start
        self.staff = Staff()
        self._taken: set[str] = set()

    def user(
        self,
        *,
        role: str,
        agency: str,
        team: str | None,
        title: str,
        joined: date,
        left: date | None = None,
        agency_worker: bool = False,
        username: str = "",
        first_name: str = "",
        last_name: str = "",
    ) -> UserSpec:
        pool = self.mint.weighted(STAFF_POOLS)
        first = first_name or given_name(self.mint, pool, "U", "adult")
        last = last_name or surname(self.mint, pool)
        if not username:
            base = f"{first}.{last}".lower()
            username, n = base, 1
            while username in self._taken:
                n += 1
                username = f"{base}{n}"
        self._taken.add(username)
        spec = UserSpec(
            username=username,
            first_name=first,
            last_name=last,
            role=role,
            agency=agency,
            team=team,
            job_title=title,
            joined=joined,
            left=left,
            agency_worker=agency_worker,
        )
        self.out.users.append(spec)
        return spec

    def build(self, team_sizes: list[int]) -> Staff:
        self.out.agencies.extend(AGENCIES)
        long_ago = self.window_start - years(2)
        for index, size in enumerate(team_sizes):
            key = f"cic{index}"
            name = f"Children in Care {AREAS[index % len(AREAS)]} {index // len(AREAS) + 1}"
            manager = self._demo(Role.TEAM_MANAGER, team=key, joined=long_ago) if index == 0 else None
            manager = manager or self.user(
                role=Role.TEAM_MANAGER, agency=LA, team=key, title="Team manager", joined=long_ago
            )
            self.staff.managers[key] = manager
            self.out.teams.append(TeamSpec(key, name, LA, manager.username))
            slots = max(1, round(size / CHILDREN_PER_WORKER))
            workers: list[UserSpec] = []
            for slot in range(slots):
                if index == 0 and slot == 0:
                    workers.append(self._demo(Role.SOCIAL_WORKER, team=key, joined=long_ago))
                else:
                    workers.extend(self._slot(Role.SOCIAL_WORKER, key, mean_years=4.0, agency_share=0.25))
            self.staff.social_workers[key] = workers
        self.out.teams.append(TeamSpec(IRO_TEAM, "Independent Reviewing Service", LA, None))
        self.out.teams.append(TeamSpec(HUB_TEAM, "Missing and Exploitation Hub", LA, None))
        total = sum(team_sizes)
        self.staff.iros.append(self._demo(Role.IRO, team=IRO_TEAM, joined=long_ago))
        for _ in range(max(0, math.ceil(total / CHILDREN_PER_IRO) - 1)):
            self.staff.iros.extend(self._slot(Role.IRO, IRO_TEAM, mean_years=6.0, agency_share=0.1))
        for role, agency, title, per_user, least in PARTNERS:
            team = HUB_TEAM if role == Role.MISSING_COORDINATOR else None
            users = [self._demo(role, team=team, joined=long_ago)]
            for _ in range(max(least, total // per_user)):
                users.append(self.user(role=role, agency=agency, team=team, title=title, joined=long_ago))
            self.staff.partners[role] = users
        for role in (Role.ANALYST, Role.REVIEWER, Role.ADMIN):
            self._demo(role, team=None, joined=long_ago)
        return self.staff

    def _demo(self, role: str, *, team: str | None, joined: date) -> UserSpec:
        label = Role(role).label
        spec = self.user(
            role=role,
            agency=DEMO_AGENCY.get(Role(role), LA),
            team=team,
            title=f"{label} (demo account)",
            joined=joined,
            username=demo_username(role),
            first_name="Demo",
            last_name=label,
        )
        self.staff.demo[role] = spec
        return spec

    def _slot(self, role: str, team: str, *, mean_years: float, agency_share: float) -> list[UserSpec]:
        """The people who fill one post over the years: each stays for an exponentially distributed time
        (agency workers for less), with a gap of up to six weeks before the next starts."""
        mint, as_of = self.mint, self.out.as_of
        holders: list[UserSpec] = []
        start = self.window_start - years(mint.rng.uniform(0, 6))
        first = True
        while True:
            agency_worker = mint.chance(agency_share)
            tenure = years(max(0.15, mint.rng.expovariate(1 / (0.75 if agency_worker else mean_years))))
            end = (self.window_start if first else start) + tenure
            first = False
            title = "Independent reviewing officer" if role == Role.IRO else "Social worker"
            if agency_worker:
                title = f"Agency {title.lower()}"
            still_here = end >= as_of
            holders.append(
                self.user(
                    role=role,
                    agency=LA,
                    team=team,
                    title=title,
                    joined=start,
                    left=None if still_here else end,
                    agency_worker=agency_worker,
                )
            )
            if still_here:
                return holders
            start = min(end + timedelta(days=mint.rng.randint(1, 42)), as_of)
