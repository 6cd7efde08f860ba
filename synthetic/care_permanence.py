"""The seed's permanence records, after the care history (they read the periods of care, legal statuses and
placements), from a random stream of their own so that the records built before them are unchanged:

- for every period of care, the permanence order the child had before it: mostly none (Z1); a child who came back
  into care after leaving it under a special guardianship or child arrangements order had that order (P2, P3);
  a few had an adoption, an order of either kind or one of a type not known, made by an authority, a date before
  the period began, a few with the month or year only (SSDA903 PrevPerm, rules 630-635);
- for every child with a placement order (legal status E1) or placed for adoption (A3-A6), or whose care ended in
  adoption (E11, E12), the decision that they should be placed for adoption, made before the placement order and the
  placement (rules 552, 554, 1003); for a child placed for adoption or adopted, the match and the adopters (AD1);
- for a few young children on a care order, a decision to place for adoption with no placement order yet, some of
  which ceased (RD1-RD4).

synthetic/writer.py writes them with the rest (permanence_steps)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import models

from care.codes import CareEndReason as End
from people.codes import LegalStatus as LS
from permanence.codes import (
    ADOPTED,
    ADOPTION_PLACEMENTS,
    PLACEMENT_ORDER,
    WITH_FOSTER_CARER,
    Adopters,
    AdoptersLegalStatus,
    DatePrecision,
    PreviousPermanenceOption,
    ReasonDecisionCeased,
)
from permanence.models import AdoptionDecision, PreviousPermanence
from permanence.rules import date_span
from synthetic.care_issue8 import derived
from synthetic.mint import Mint
from synthetic.spec import Authority, LegalStatusSpec, PeriodOfCareSpec, PlacementSpec

PERMANENCE_LABELS: dict[type[models.Model], str] = {
    PreviousPermanence: "previous permanence",
    AdoptionDecision: "decisions to place for adoption",
}
Perm = PreviousPermanenceOption
PREVIOUS: tuple[tuple[str, float], ...] = (
    (Perm.Z1, 90),
    (Perm.P2, 4),
    (Perm.P3, 3),
    (Perm.P1, 2),
    (Perm.P4, 1),
)
AFTER_LEAVING: dict[str, str] = {
    End.E41: Perm.P3,
    End.E45: Perm.P2,
    End.E46: Perm.P2,
    End.E47: Perm.P2,
    End.E48: Perm.P2,
}  # an earlier period that ended under an order: the order the child had when they came back
OWN_AUTHORITY = "204"
AUTHORITIES: tuple[tuple[str, float], ...] = (
    (OWN_AUTHORITY, 50), ("206", 10), ("316", 8), ("886", 8), ("330", 6), ("925", 6), ("WAL", 5),
    ("SCO", 4), ("NUK", 3),
)  # fmt: skip
PRECISION: tuple[tuple[str, float], ...] = (
    (DatePrecision.DAY, 80),
    (DatePrecision.MONTH, 15),
    (DatePrecision.YEAR, 5),
)
ADOPTERS: tuple[tuple[str, float], ...] = (
    (Adopters.MF, 70), (Adopters.FF, 10), (Adopters.MM, 8), (Adopters.F1, 10), (Adopters.M1, 2),
)  # fmt: skip
LEGAL: dict[str, tuple[tuple[str, float], ...]] = {
    Adopters.MF: ((AdoptersLegalStatus.L11, 70), (AdoptersLegalStatus.L3, 20), (AdoptersLegalStatus.L2, 10)),
    Adopters.FF: ((AdoptersLegalStatus.L12, 50), (AdoptersLegalStatus.L2, 30), (AdoptersLegalStatus.L4, 20)),
    Adopters.MM: ((AdoptersLegalStatus.L12, 50), (AdoptersLegalStatus.L2, 30), (AdoptersLegalStatus.L4, 20)),
    Adopters.F1: ((AdoptersLegalStatus.L0, 1),),
    Adopters.M1: ((AdoptersLegalStatus.L0, 1),),
}
CEASED: tuple[tuple[str, float], ...] = (
    (ReasonDecisionCeased.RD1, 30),
    (ReasonDecisionCeased.RD2, 25),
    (ReasonDecisionCeased.RD3, 25),
    (ReasonDecisionCeased.RD4, 20),
)
EARLY_DECISION = 0.12  # of the young children on a care order with no placement order
EARLY_CEASED = 0.4


@dataclass(frozen=True, slots=True)
class PreviousSpec:
    id: uuid.UUID
    child: uuid.UUID
    period: uuid.UUID
    option: str
    authority: str = ""
    order_date: date | None = None
    precision: str = DatePrecision.DAY


@dataclass(frozen=True, slots=True)
class DecisionSpec:
    id: uuid.UUID
    child: uuid.UUID
    decided_on: date
    ceased_on: date | None = None
    ceased_reason: str = ""
    matched_on: date | None = None
    by_foster_carer: bool | None = None
    adopters: str = ""
    adopters_legal_status: str = ""


@dataclass
class _Care:
    dob: date
    periods: list[PeriodOfCareSpec]
    statuses: list[LegalStatusSpec]
    placements: list[PlacementSpec]


def _days(mint: Mint, low: int, high: int) -> timedelta:
    return timedelta(days=mint.rng.randint(low, max(low, high)))


class PermanenceBuilder:
    def __init__(self, mint: Mint, out: Authority) -> None:
        self.mint, self.out = mint, out
        self.previous: list[PreviousSpec] = []
        self.decisions: list[DecisionSpec] = []

    def build(self) -> tuple[list[PreviousSpec], list[DecisionSpec]]:
        for child_id, care in self._cares().items():
            for index, period in enumerate(care.periods):
                self.previous.append(self._previous(child_id, care, period, care.periods[:index]))
            for period in care.periods:
                self._decision(child_id, care, period)
        return self.previous, self.decisions

    def _cares(self) -> dict[uuid.UUID, _Care]:
        births = {p.id: p.date_of_birth for p in self.out.people}
        periods, statuses = defaultdict(list), defaultdict(list)
        placements: dict[uuid.UUID, list[PlacementSpec]] = defaultdict(list)
        for p in self.out.periods_of_care:
            periods[p.child].append(p)
        for s in self.out.legal_statuses:
            statuses[s.child].append(s)
        for x in self.out.placements:
            placements[x.child].append(x)
        return {
            c.person: _Care(
                born,
                sorted(periods[c.person], key=lambda p: p.start_date),
                sorted(statuses[c.person], key=lambda s: s.start_date),
                sorted(placements[c.person], key=lambda x: x.start_date),
            )
            for c in self.out.children
            if (born := births.get(c.person)) is not None
        }

    def _previous(
        self, child: uuid.UUID, care: _Care, period: PeriodOfCareSpec, before: Sequence[PeriodOfCareSpec]
    ) -> PreviousSpec:
        mint = self.mint
        earlier = before[-1] if before else None
        if earlier is not None and earlier.end_date and earlier.end_reason in AFTER_LEAVING:
            option = AFTER_LEAVING[earlier.end_reason]
            return PreviousSpec(mint.uuid(), child, period.id, option, OWN_AUTHORITY, earlier.end_date)
        option = mint.weighted(PREVIOUS)
        first, last = care.dob + timedelta(days=60), period.start_date - timedelta(days=60)
        if option == Perm.Z1 or before or last <= first:
            return PreviousSpec(mint.uuid(), child, period.id, Perm.Z1)
        day = mint.between(first, last)
        precision = mint.weighted(PRECISION)
        span = date_span(day, precision)
        if span[0] < care.dob or span[1] >= period.start_date:
            precision = DatePrecision.DAY
        return PreviousSpec(mint.uuid(), child, period.id, option, mint.weighted(AUTHORITIES), day, precision)

    def _decision(self, child: uuid.UUID, care: _Care, period: PeriodOfCareSpec) -> None:
        mint = self.mint
        end = period.end_date or self.out.as_of
        inside = [s for s in care.statuses if period.start_date <= s.start_date <= end]
        placed = [x for x in care.placements if period.start_date <= x.start_date <= end]
        order = next((s for s in inside if s.code == PLACEMENT_ORDER), None)
        adoption = [x for x in placed if x.place in ADOPTION_PLACEMENTS]
        adopted = period.end_reason in ADOPTED
        if order is None and not adoption and not adopted:
            self._early_decision(child, care, period, inside)
            return
        bounds = [
            end,
            *([order.start_date] if order else []),
            *([adoption[0].start_date] if adoption else []),
        ]
        latest = min(bounds)
        floor = max(period.start_date, care.dob)
        decided = max(floor, latest - _days(mint, 30, 180))
        if not adoption and not adopted:
            self.decisions.append(DecisionSpec(mint.uuid(), child, decided))
            return
        placed_on = adoption[0].start_date if adoption else end - timedelta(days=1)
        matched = max(decided, placed_on - _days(mint, 7, 60))
        adopters = mint.weighted(ADOPTERS)
        self.decisions.append(
            DecisionSpec(
                mint.uuid(),
                child,
                decided,
                matched_on=matched,
                by_foster_carer=(adoption[-1].place in WITH_FOSTER_CARER) if adoption else mint.chance(0.2),
                adopters=adopters,
                adopters_legal_status=mint.weighted(LEGAL[adopters]),
            )
        )

    def _early_decision(
        self, child: uuid.UUID, care: _Care, period: PeriodOfCareSpec, inside: list[LegalStatusSpec]
    ) -> None:
        """A young child on a full care order in the current period, with adoption as the plan but no placement
        order yet; some such decisions ceased."""
        mint, as_of = self.mint, self.out.as_of
        order = next((s for s in inside if s.code == LS.C2), None)
        if period.end_date is not None or order is None or (order.start_date - care.dob).days > 5 * 365:
            return
        if not mint.chance(EARLY_DECISION):
            return
        decided = order.start_date + _days(mint, 20, 200)
        if decided > as_of - timedelta(days=30):
            return
        if mint.chance(EARLY_CEASED):
            ceased = min(as_of, decided + _days(mint, 60, 400))
            self.decisions.append(DecisionSpec(mint.uuid(), child, decided, ceased, mint.weighted(CEASED)))
        else:
            self.decisions.append(DecisionSpec(mint.uuid(), child, decided))


Steps = list[tuple[type[Any], Sequence[Any], Callable[[Any], Any]]]


def permanence_steps(a: Authority) -> Steps:
    previous, decisions = PermanenceBuilder(derived(a.seed, "permanence"), a).build()
    return [
        (
            PreviousPermanence,
            previous,
            lambda p: PreviousPermanence(
                id=p.id,
                child_id=p.child,
                period_id=p.period,
                option=p.option,
                authority=p.authority,
                order_date=p.order_date,
                order_date_precision=p.precision,
            ),
        ),
        (
            AdoptionDecision,
            decisions,
            lambda d: AdoptionDecision(
                id=d.id,
                child_id=d.child,
                decided_on=d.decided_on,
                ceased_on=d.ceased_on,
                ceased_reason=d.ceased_reason,
                matched_on=d.matched_on,
                by_foster_carer=d.by_foster_carer,
                adopters=d.adopters,
                adopters_legal_status=d.adopters_legal_status,
            ),
        ),
    ]
