"""The child's professional network (the network app), built after the risk records, pure and deterministic.

- Members: the carers of every placement (from its start to its end), the host authority for a placement out of
  the authority's area, each school of the child's PEPs with its designated teacher, the IROs allocated, and every
  partner user who holds a grant for the child (the carer, nurse, virtual school, police, coordinator and return
  interview worker), linked to their user and their latest grant, from their first grant to the end of the latest
  when it has ended. A child with missing episodes or a high screening and no police grant has an officer of the
  missing persons unit; a child without a nurse's grant an invented nurse; some others a commissioned service.
- Network meetings: after most first high screenings of a run (some not yet, so Lantern proposes one), some after a
  medium one, and some after a placement came to be at risk; who came from the network on the day, decisions, two
  to four actions (most done; some of those due in the last three months overdue). Besides these, most children in
  care for over 91 days have regular meetings every 8 to 13 weeks over the last year of their latest period of
  care, the latest within 91 days for most (the others are proposed one by Lantern): a short decision, one or two
  actions.
- Concerns: a few children's partners with a grant raise one or two; most are read by the allocated worker within a
  few days, recent ones often not yet."""

from __future__ import annotations

import uuid
from datetime import date

from accounts.roles import Role
from casework.models import AllocationRole
from network.models import AgencyKind
from synthetic.care_carers import OUT_TOWNS
from synthetic.care_meetings import MeetingBuilder
from synthetic.network_context import AGENCY, ONE_DAY, Context, day_of
from synthetic.places import phone
from synthetic.spec import GrantSpec, PlacementSpec
from synthetic.spec_network import MemberSpec
from synthetic.workforce import COMMISSIONED, HEALTH, POLICE

KIND_OF_ROLE: dict[str, str] = {
    Role.CARER: AgencyKind.CARER,
    Role.HEALTH: AgencyKind.HEALTH,
    Role.EDUCATION: AgencyKind.VIRTUAL_SCHOOL,
    Role.POLICE: AgencyKind.POLICE,
    Role.MISSING_COORDINATOR: AgencyKind.SOCIAL_CARE,
    Role.RETURN_INTERVIEWER: AgencyKind.COMMISSIONED,
}
CARER_ROLE = {"U": "Foster carer", "K": "Children’s home", "P": "Parent", "S": "Supported accommodation"}
COMMISSIONED_SHARE = 0.1


def host_authority(placement: PlacementSpec) -> str:
    """The council of the invented town an out-of-area placement is in (care_carers.address puts it last)."""
    town = placement.address.rsplit(",", 1)[-1].strip()
    return f"{town if town in OUT_TOWNS else 'Emberton'} Council"


class NetworkBuilder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.mint = ctx.mint
        self.out = ctx.out
        self.carer_of: dict[uuid.UUID, MemberSpec] = {}  # placement id -> its carers' member
        self.host_of: dict[uuid.UUID, MemberSpec] = {}  # placement id -> the host authority's member
        self.members: dict[uuid.UUID, list[MemberSpec]] = {}

    def build(self) -> None:
        for child in self.out.children:
            own = self._members(child.person)
            self.members[child.person] = own
            self.out.members.extend(own)
        meetings = MeetingBuilder(self.ctx, self.members)
        for child in self.out.children:
            meetings.meetings(child.person)
            meetings.concerns(child.person)

    # -- members ------------------------------------------------------------------------------------------
    def _member(
        self, child: uuid.UUID, kind: str, agency: str, role: str, name: str, start: date, end: date | None,
        **extra: object,
    ) -> MemberSpec:  # fmt: skip
        return MemberSpec(
            id=self.mint.uuid(),
            child=child,
            agency_kind=kind,
            agency=agency,
            role=role,
            name=name,
            from_date=start,
            to_date=end,
            recorded_by=self.ctx.worker(child, start),
            **extra,  # type: ignore[arg-type]
        )

    def _members(self, child: uuid.UUID) -> list[MemberSpec]:
        ctx, mint = self.ctx, self.mint
        found: list[MemberSpec] = []
        for placement in ctx.placements[child]:
            role = CARER_ROLE.get(placement.place[:1], "Carer")
            carer = self._member(
                child,
                AgencyKind.CARER,
                placement.carer,
                role,
                placement.carer,
                placement.start_date,
                placement.end_date,
                phone=phone(mint),
            )
            self.carer_of[placement.id] = carer
            found.append(carer)
            if not placement.in_authority:
                host = self._member(
                    child,
                    AgencyKind.HOST_AUTHORITY,
                    host_authority(placement),
                    "Looked-after children team",
                    ctx.invented(),
                    placement.start_date,
                    placement.end_date,
                )
                self.host_of[placement.id] = host
                found.append(host)
        found += self._schools(child)
        for allocation in ctx.rota.segments.get((child, AllocationRole.IRO), []):
            found.append(
                self._member(
                    child,
                    AgencyKind.IRO,
                    AGENCY["la"],
                    "Independent reviewing officer",
                    ctx.name(allocation.worker),
                    allocation.start_date,
                    allocation.end_date,
                    user=allocation.worker,
                )
            )
        granted = self._granted(child)
        found += granted
        found += self._others(child, {ctx.user(m.user).role for m in granted})
        return found

    def _schools(self, child: uuid.UUID) -> list[MemberSpec]:
        """Each school of the child's PEPs, from its first PEP to the day before the next school's."""
        held = self.ctx.schools.get(child, [])
        runs: list[tuple[date, str, str]] = []
        for day, school, teacher in held:
            if not runs or runs[-1][1] != school:
                runs.append((day, school, teacher))
        found = []
        for index, (day, school, teacher) in enumerate(runs):
            end = runs[index + 1][0] - ONE_DAY if index + 1 < len(runs) else None
            found.append(
                self._member(child, AgencyKind.SCHOOL, school, "Designated teacher", teacher, day, end)
            )
        return found

    def _granted(self, child: uuid.UUID) -> list[MemberSpec]:
        """A member for each partner user with a grant for the child, linked to their latest grant."""
        ctx = self.ctx
        by_user: dict[str, list[GrantSpec]] = {}
        for grant in ctx.grants.get(child, []):
            if ctx.user(grant.user).role in KIND_OF_ROLE:
                by_user.setdefault(grant.user, []).append(grant)
        found = []
        for username, grants in by_user.items():
            grants.sort(key=lambda g: g.starts_at)
            latest = grants[-1]
            ended = min(latest.expires_at, latest.revoked_at or latest.expires_at)
            start = day_of(grants[0].starts_at)
            end = max(start, day_of(ended)) if ended < ctx.cutoff else None
            user = ctx.user(username)
            found.append(
                self._member(
                    child,
                    KIND_OF_ROLE[user.role],
                    AGENCY[user.agency],
                    user.job_title,
                    ctx.name(username),
                    start,
                    end,
                    user=username,
                    grant=latest.id,
                    email=user.email,
                )
            )
        return found

    def _others(self, child: uuid.UUID, roles: set[str]) -> list[MemberSpec]:
        """The police for a child at risk, the nurse, and a commissioned service for some, without an account."""
        ctx, mint = self.ctx, self.mint
        found: list[MemberSpec] = []
        since = ctx.placements[child][0].start_date if ctx.placements[child] else None
        if since is None:
            return found
        ongoing = ctx.placements[child][-1].end_date
        highs = [s.screened_on for s in ctx.screenings.get(child, []) if s.level == "high"]
        risky = sorted([*ctx.episodes.get(child, [])[:1], *highs[:1]])
        if risky and Role.POLICE not in roles:
            found.append(
                self._member(
                    child,
                    AgencyKind.POLICE,
                    AGENCY[POLICE],
                    "Missing persons unit",
                    ctx.invented("PC"),
                    risky[0],
                    ongoing,
                )
            )
        if Role.HEALTH not in roles and mint.chance(0.7):
            nurse = ctx.invented()
            found.append(
                self._member(
                    child,
                    AgencyKind.HEALTH,
                    AGENCY[HEALTH],
                    "Looked-after children’s nurse",
                    nurse,
                    since,
                    ongoing,
                )
            )
        if Role.RETURN_INTERVIEWER not in roles and mint.chance(COMMISSIONED_SHARE):
            found.append(
                self._member(
                    child,
                    AgencyKind.COMMISSIONED,
                    AGENCY[COMMISSIONED],
                    "Support worker",
                    ctx.invented(),
                    mint.between(since, ongoing or ctx.last_day),
                    ongoing,
                )
            )
        return found
