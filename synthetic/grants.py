"""Time-limited access grants for partners: current carers and health and education staff, police for older
children; some grants expired, a few revoked. The demo partners get active grants for some of demo.social_worker's
children. The missing and exploitation coordinators and the return interview service hold the grants that recording
the missing episodes would have given them (missing/grants.py): `for_missing`."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from accounts.roles import Role
from missing.grants import COORDINATOR_DAYS, RETURN_INTERVIEW_DAYS
from synthetic.allocations import Segment
from synthetic.mint import LONDON, Mint, at_nine
from synthetic.spec import Authority, ChildSpec, GrantSpec, MissingEpisodeSpec, UserSpec


@dataclass(frozen=True)
class GrantKind:
    role: str
    young: float  # chance of a grant for a child under 12
    older: float  # chance for a child of 12 or more
    days: tuple[int, int]  # how long a grant lasts
    reasons: tuple[str, ...]


KINDS = (
    GrantKind(Role.CARER, 0.7, 0.7, (180, 540), ("Current foster carer: placement plan and risk plan",)),
    GrantKind(Role.HEALTH, 0.45, 0.45, (365, 365), ("Initial and review health assessments",)),
    GrantKind(Role.EDUCATION, 0.45, 0.5, (365, 365), ("Personal education plan",)),
    GrantKind(
        Role.POLICE,
        0.03,
        0.25,
        (30, 180),
        (
            "Missing-person investigation",
            "Child exploitation strategy meeting",
            "Joint investigation (section 47)",
        ),
    ),
)
DEMO_GRANTS_PER_ROLE = 3
# The reasons missing/grants.py gives, after "Missing episode from <day>: ".
COORDINATOR_WHY = "the coordinator follows up every child who goes missing"
INTERVIEW_WHY = "an independent return interview is offered within 72 hours"


class Granter:
    def __init__(self, mint: Mint, out: Authority, partners: dict[str, list[UserSpec]]) -> None:
        self.mint = mint
        self.out = out
        self.partners = partners

    def _add(
        self,
        child: ChildSpec,
        user: UserSpec,
        kind: GrantKind,
        start: date,
        end: date,
        by: str | None,
        *,
        revocable: bool = True,
    ) -> None:
        mint = self.mint
        revoked = None
        if revocable and kind.role == Role.POLICE and mint.chance(0.1):
            revoked_on = start + timedelta(days=mint.rng.randint(1, 20))
            revoked = at_nine(revoked_on) if revoked_on < self.out.as_of else None
        self.out.grants.append(
            GrantSpec(
                id=mint.uuid(),
                child=child.person,
                user=user.username,
                reason=mint.pick(kind.reasons),
                granted_by=by,
                starts_at=at_nine(start),
                expires_at=at_nine(end),
                revoked_at=revoked,
            )
        )

    @staticmethod
    def _granted_by(segments: list[Segment], day: date, manager: str) -> str:
        return next((s.worker.username for s in segments if s.covers(day)), manager)

    def for_child(self, child: ChildSpec, *, age: int, segments: list[Segment], manager: str) -> None:
        mint, as_of = self.mint, self.out.as_of
        for kind in KINDS:
            if not mint.chance(kind.older if age >= 12 else kind.young):
                continue
            if kind.role == Role.EDUCATION and age < 5:
                continue
            latest = as_of - timedelta(days=1)
            start = mint.between(
                max(child.looked_after_since, as_of - timedelta(days=kind.days[1] - 7)), latest
            )
            if kind.role == Role.POLICE:
                start = mint.between(max(child.looked_after_since, as_of - timedelta(days=400)), latest)
            end = start + timedelta(days=mint.rng.randint(*kind.days))
            user = mint.pick(self.partners[kind.role][1:])
            self._add(child, user, kind, start, end, self._granted_by(segments, start, manager))
            if kind.role == Role.CARER and (start - child.looked_after_since).days > 120 and mint.chance(0.4):
                before = mint.between(child.looked_after_since, start - timedelta(days=60))
                previous = mint.pick(self.partners[kind.role][1:])
                self._add(
                    child,
                    previous,
                    kind,
                    before,
                    start - timedelta(days=1),
                    self._granted_by(segments, before, manager),
                )

    def for_demo(self, children: list[ChildSpec], demo: dict[str, UserSpec]) -> None:
        """Active grants for the demo partners, each for a few of the demo social worker's children."""
        mint, as_of = self.mint, self.out.as_of
        giver = demo[Role.SOCIAL_WORKER].username
        for offset, kind in enumerate(KINDS):
            if not children:
                return
            for n in range(min(DEMO_GRANTS_PER_ROLE, len(children))):
                child = children[(offset + n) % len(children)]
                start = max(child.looked_after_since, as_of - timedelta(days=mint.rng.randint(5, 60)))
                end = as_of + timedelta(days=mint.rng.randint(90, 180))
                start = min(start, as_of - timedelta(days=1))
                self._add(child, demo[kind.role], kind, start, end, giver, revocable=False)

    def for_missing(self, episodes: list[MissingEpisodeSpec]) -> None:
        """Every active coordinator holds a grant for each child who went missing, from when the episode was
        recorded until a year after it began, and every active return interview worker one from each return until
        four weeks after it, as recording the episodes gives them (missing/grants.py). Grants that would overlap
        for one child are kept as one, from the first episode of the run, to the latest end."""
        by_child: dict[uuid.UUID, list[MissingEpisodeSpec]] = defaultdict(list)
        for episode in episodes:
            by_child[episode.child].append(episode)
        coordinators = [u for u in self.partners[Role.MISSING_COORDINATOR] if u.left is None]
        interviewers = [u for u in self.partners[Role.RETURN_INTERVIEWER] if u.left is None]
        for child, own in by_child.items():
            own.sort(key=lambda e: e.started_at)
            followed = [(e.reported_at, e.started_at + timedelta(days=COORDINATOR_DAYS), e) for e in own]
            for start, end, first in _runs(followed):
                reason = f"Missing episode from {_day(first.started_at)}: {COORDINATOR_WHY}"
                self._missing_grants(child, coordinators, start, end, first.recorded_by, reason)
            returns = [
                (e.ended_at, e.ended_at + timedelta(days=RETURN_INTERVIEW_DAYS), e)
                for e in own
                if e.ended_at is not None
            ]
            for start, end, first in _runs(returns):
                reason = f"Missing episode from {_day(first.started_at)}: {INTERVIEW_WHY}"
                self._missing_grants(child, interviewers, start, end, first.recorded_by, reason)

    def _missing_grants(
        self, child: uuid.UUID, users: list[UserSpec], start: datetime, end: datetime, by: str, reason: str
    ) -> None:
        for user in users:
            self.out.grants.append(
                GrantSpec(
                    id=self.mint.uuid(),
                    child=child,
                    user=user.username,
                    reason=reason,
                    granted_by=by or None,
                    starts_at=start,
                    expires_at=end,
                )
            )


def _day(moment: datetime) -> str:
    return f"{moment.astimezone(LONDON):%d %b %Y}"


def _runs(
    spans: list[tuple[datetime, datetime, MissingEpisodeSpec]],
) -> list[tuple[datetime, datetime, MissingEpisodeSpec]]:
    """Spans (in order of their start) that overlap or touch, merged: (first start, last end, first episode)."""
    merged: list[tuple[datetime, datetime, MissingEpisodeSpec]] = []
    for start, end, episode in sorted(spans, key=lambda s: s[0]):
        if merged and start <= merged[-1][1]:
            first_start, first_end, first = merged[-1]
            merged[-1] = (first_start, max(first_end, end), first)
        else:
            merged.append((start, end, episode))
    return merged
