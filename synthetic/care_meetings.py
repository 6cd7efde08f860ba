"""Network meetings and concerns from the network (the network app), after the members (care_network.py): see that
module's docstring for what is built."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from accounts.roles import Role
from network.models import Attendance
from synthetic import network_texts as words
from synthetic.mint import Mint
from synthetic.network_context import CHILDRENS, ONE_DAY, Context, at, day_of
from synthetic.spec_network import AttendanceSpec, ConcernSpec, MeetingActionSpec, MeetingSpec, MemberSpec

MET_FIRST_HIGH, MET_MEDIUM, MET_AT_RISK = 0.8, 0.25, 0.5
# Regular meetings over the last year of the latest period of care: most children in care over CADENCE_FROM days
# have them, every GAP weeks, the latest within LANTERN_NETWORK_MEETING_DAYS (91) of the last day for most.
# They draw from their own stream (STEADY more than the seed), so the other records of a seed stay as they were.
REGULAR, RECENT, CADENCE_FROM, GAP, STALE = 0.88, 0.95, 91, (56, 91), (92, 150)
NEAR_RISK = 7  # a regular meeting this close to a risk-triggered one is taken to be that one
STEADY, REGULAR_OVERDUE = 0x5EED_0091, 0.02
ATTENDED = ((Attendance.ATTENDED, 75), (Attendance.APOLOGIES, 18), (Attendance.ABSENT, 7))
OVERDUE, OVERDUE_WITHIN, DONE_EARLY = 0.15, 90, 0.3
CONCERNED = 0.12
CONCERN_ROLES = frozenset({Role.CARER, Role.EDUCATION, Role.HEALTH, Role.POLICE})


class MeetingBuilder:
    def __init__(self, ctx: Context, members: dict[uuid.UUID, list[MemberSpec]]) -> None:
        self.ctx = ctx
        self.mint = ctx.mint
        self.out = ctx.out
        self.members = members
        self.steady = Mint(ctx.out.seed + STEADY)
        self.periods: dict[uuid.UUID, tuple[date, date | None]] = {}  # child -> their latest period of care
        for period in sorted(ctx.out.periods_of_care, key=lambda p: p.start_date):
            self.periods[period.child] = (period.start_date, period.end_date)

    # -- meetings ----------------------------------------------------------------------------------------
    def _meeting_days(self, child: uuid.UUID) -> list[tuple[date, str]]:
        ctx, mint = self.ctx, self.mint
        days: list[tuple[date, str]] = []
        previous = ""
        for screening in ctx.screenings.get(child, []):
            level = screening.level
            if level == "high" and previous != "high" and mint.chance(MET_FIRST_HIGH):
                days.append(
                    (
                        screening.screened_on + timedelta(days=mint.rng.randint(3, 21)),
                        words.MEETING_REASONS[0],
                    )
                )
            elif level == "medium" and mint.chance(MET_MEDIUM):
                days.append(
                    (
                        screening.screened_on + timedelta(days=mint.rng.randint(7, 35)),
                        words.MEETING_REASONS[1],
                    )
                )
            previous = level
        for placement in ctx.placements[child]:
            if placement.at_risk_since and mint.chance(MET_AT_RISK):
                days.append(
                    (
                        placement.at_risk_since + timedelta(days=mint.rng.randint(2, 14)),
                        words.MEETING_REASONS[2],
                    )
                )
        return sorted({d: r for d, r in days if d <= ctx.last_day and ctx.in_care_on(child, d)}.items())

    def _regular_days(self, child: uuid.UUID, risky: list[date]) -> list[date]:
        """Every GAP weeks back from the latest (in the last 91 days of care for most) over the last year of the
        latest period of care, for most children in care long enough; none near a risk-triggered meeting."""
        ctx, mint = self.ctx, self.steady
        period = self.periods.get(child)
        if period is None:
            return []
        start, ended = period
        last = min(ended or ctx.last_day, ctx.last_day)
        if (last - start).days <= CADENCE_FROM or not mint.chance(REGULAR):
            return []
        gap = mint.rng.randint(*STALE) if not mint.chance(RECENT) else mint.rng.randint(3, CADENCE_FROM - 7)
        held = last - timedelta(days=gap)
        first = max(start + timedelta(days=14), last - timedelta(days=365))
        days: list[date] = []
        while held >= first:
            if ctx.in_care_on(child, held) and all(abs((held - r).days) > NEAR_RISK for r in risky):
                days.append(held)
            held -= timedelta(days=mint.rng.randint(*GAP))
        return sorted(days)

    def meetings(self, child: uuid.UUID) -> None:
        risky = self._meeting_days(child)
        regular = self._regular_days(child, [d for d, _ in risky])
        for held, reason in risky:
            self._meeting(child, held, reason, self.mint)
        for index, held in enumerate(regular):
            after = regular[index + 1] if index + 1 < len(regular) else None
            self._meeting(child, held, words.MEETING_REASONS[3], self.steady, regular=True, after=after)

    def _meeting(
        self,
        child: uuid.UUID,
        held: date,
        reason: str,
        mint: Mint,
        *,
        regular: bool = False,
        after: date | None = None,
    ) -> None:
        """One meeting, after a risk or a regular one (followed by the next regular one, `after`)."""
        ctx = self.ctx
        forename = ctx.people[child].forename
        worker = ctx.worker(child, held)
        manager = ctx.manager_of(worker)
        chair = ctx.name(manager) if manager else ctx.name(worker) if worker else ""
        following: date | None
        if regular:
            information, decisions = words.REGULAR_INFORMATION, words.REGULAR_DECISIONS
            following = after or held + timedelta(days=mint.rng.randint(*GAP))
        else:
            information, decisions = words.INFORMATION, words.DECISIONS
            following = held + timedelta(days=42) if mint.chance(0.7) else None
        meeting = MeetingSpec(
            id=mint.uuid(),
            child=child,
            held_on=held,
            chair=chair,
            reason=reason.format(name=forename),
            information_shared=mint.pick(information).format(name=forename),
            decisions=mint.pick(decisions).format(name=forename),
            next_meeting_on=following,
            recorded_by=worker,
        )
        self.out.meetings.append(meeting)
        present = [
            m for m in self.members[child] if m.from_date <= held and (m.to_date is None or m.to_date >= held)
        ]
        rows: list[tuple[uuid.UUID | None, str, str, str]] = []
        if worker:
            rows.append((None, ctx.name(worker), CHILDRENS, Attendance.ATTENDED))
        rows += [(m.id, m.name, m.agency, mint.weighted(ATTENDED)) for m in present[:8]]
        for position, (member, name, agency, attended) in enumerate(rows):
            self.out.attendance.append(
                AttendanceSpec(mint.uuid(), meeting.id, member, name, agency, attended, position)
            )
        for position in range(mint.rng.randint(1, 2) if regular else mint.rng.randint(2, 4)):
            self._action(mint, meeting, worker, present, position, forename, regular)

    def _action(
        self,
        mint: Mint,
        meeting: MeetingSpec,
        worker: str,
        present: list[MemberSpec],
        position: int,
        forename: str,
        regular: bool,
    ) -> None:
        ctx = self.ctx
        actions = words.REGULAR_ACTIONS if regular else words.ACTIONS
        due = meeting.held_on + timedelta(days=mint.rng.randint(7, 42))
        done: date | None = None
        if due < ctx.as_of - timedelta(days=OVERDUE_WITHIN):
            done = mint.between(meeting.held_on, due + timedelta(days=mint.pick((0, 0, 7))))
        elif due < ctx.as_of:
            if not mint.chance(REGULAR_OVERDUE if regular else OVERDUE):
                done = mint.between(meeting.held_on, min(due + timedelta(days=5), ctx.last_day))
        elif mint.chance(DONE_EARLY):
            done = mint.between(meeting.held_on, ctx.last_day)
        owner, name, agency = worker, "", ""
        choice = mint.pick(present) if present and mint.chance(0.5) else None
        if choice is not None:
            owner, name, agency = (choice.user, "", "") if choice.user else ("", choice.name, choice.agency)
        if not owner and not name:  # a regular meeting's draws stay off the main stream
            owner, name, agency = "", "Duty social worker" if regular else ctx.invented(), CHILDRENS
        notes = mint.pick(words.DONE_NOTES) if done else mint.pick(words.OPEN_NOTES)
        self.out.meeting_actions.append(
            MeetingActionSpec(
                id=mint.uuid(),
                meeting=meeting.id,
                child=meeting.child,
                action=mint.pick(actions).format(name=forename),
                due_on=due,
                created_at=at(meeting.held_on, 17, position),
                position=position,
                owner=owner,
                owner_name=name,
                owner_agency=agency,
                done_on=done,
                notes=notes,
            )
        )

    # -- concerns ----------------------------------------------------------------------------------------
    def concerns(self, child: uuid.UUID) -> None:
        ctx, mint = self.ctx, self.mint
        grants = [g for g in ctx.grants.get(child, []) if ctx.user(g.user).role in CONCERN_ROLES]
        grants = [g for g in grants if ctx.user(g.user).left is None and g.starts_at < ctx.cutoff]
        if not grants or not mint.chance(CONCERNED):
            return
        forename = ctx.people[child].forename
        for _ in range(mint.rng.randint(1, 2)):
            grant = mint.pick(grants)
            ended = min(grant.expires_at, grant.revoked_at or grant.expires_at)
            noticed = mint.between(day_of(grant.starts_at), min(day_of(ended) - ONE_DAY, ctx.last_day))
            if noticed < day_of(grant.starts_at) or not ctx.in_care_on(child, noticed):
                continue
            raised = at(noticed, mint.rng.randint(16, 21), mint.rng.randrange(60))
            text, urgent = mint.pick(words.CONCERNS)
            reader = ctx.worker(child, noticed)
            read_on = noticed + timedelta(days=mint.rng.randint(0, 3))
            recent = noticed >= ctx.as_of - timedelta(days=14)
            read = bool(reader) and read_on <= ctx.last_day and mint.chance(0.5 if recent else 0.92)
            self.out.concerns.append(
                ConcernSpec(
                    id=mint.uuid(),
                    child=child,
                    noticed_on=noticed,
                    concern=text.format(name=forename),
                    agency=ctx.agency_of(grant.user),
                    urgent=urgent,
                    raised_by=grant.user,
                    raised_at=raised,
                    read_by=reader if read else "",
                    read_at=max(raised, at(read_on, 10)) if read else None,
                    response=mint.pick(words.RESPONSES).format(name=forename) if read else "",
                )
            )
