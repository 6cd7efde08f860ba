"""The seed's youth justice outcomes and substance misuse records (SSDA903 OC2: CONVICTED, SUBSTANCE_MISUSE and the
interventions), and how synthetic/writer.py writes them.

They are worked out from the built authority when it is written, each from a random stream of its own derived from
the seed (care_health.derived), so that the same seed always gives the same records and the records built before
them are the same as without them. A few children looked after at 10 or over have one to three outcomes: convictions,
youth cautions and youth conditional cautions, and outcomes that are neither (DfE: a few per cent of the children
looked after a year are convicted or cautioned)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import models

from casework.youth_justice import CRIMINAL_RESPONSIBILITY_AGE, OutcomeKind, YouthJusticeOutcome
from duties.rules.calendar import birthday
from health.models import SubstanceMisuse
from synthetic.care_health import derived, substance_misuse
from synthetic.spec import Authority, PeriodOfCareSpec

YOUTH_JUSTICE_LABELS: dict[type[models.Model], str] = {
    SubstanceMisuse: "substance misuse records",
    YouthJusticeOutcome: "youth justice outcomes",
}
OFFENDING_SHARE = 0.12  # of the children looked after at 10 or over at some time
OUTCOMES: tuple[tuple[str, float], ...] = (
    (OutcomeKind.CONVICTION, 3),
    (OutcomeKind.YOUTH_CAUTION, 3),
    (OutcomeKind.YOUTH_CONDITIONAL_CAUTION, 2),
    (OutcomeKind.COMMUNITY_RESOLUTION, 3),
    (OutcomeKind.NO_FURTHER_ACTION, 2),
    (OutcomeKind.NOT_GUILTY, 1),
)
OFFENCES = (
    "Criminal damage",
    "Theft from a shop",
    "Common assault",
    "Possession of cannabis",
    "Public order offence",
    "Taking a vehicle without consent",
)
COURT = "Lanternton Youth Court"
POLICE = "Lantern Constabulary"
ONE_DAY = timedelta(days=1)
BY_COURT = frozenset({OutcomeKind.CONVICTION, OutcomeKind.NOT_GUILTY})

Steps = list[tuple[type[Any], Sequence[Any], Callable[[Any], Any]]]


@dataclass(frozen=True, slots=True)
class OutcomeSpec:
    id: uuid.UUID
    child: uuid.UUID
    outcome_on: date
    kind: str
    offence: str
    given_by: str


def youth_justice_outcomes(out: Authority) -> list[OutcomeSpec]:
    mint = derived(out.seed, "youth-justice")
    births = {p.id: p.date_of_birth for p in out.people}
    periods: dict[uuid.UUID, list[PeriodOfCareSpec]] = {}
    for period in out.periods_of_care:
        periods.setdefault(period.child, []).append(period)
    found = []
    for child in out.children:
        born = births.get(child.person)
        if born is None:
            continue
        old_enough = birthday(born, CRIMINAL_RESPONSIBILITY_AGE)
        windows = [
            (
                max(p.start_date, old_enough),
                min(p.end_date or out.as_of, out.as_of, birthday(born, 18) - ONE_DAY),
            )
            for p in periods.get(child.person, [])
        ]
        windows = [(first, last) for first, last in windows if first < last]
        if not windows or not mint.chance(OFFENDING_SHARE):
            continue
        for _ in range(mint.weighted(((1, 6), (2, 3), (3, 1)))):
            first, last = mint.pick(windows)
            kind = mint.weighted(OUTCOMES)
            found.append(
                OutcomeSpec(
                    mint.uuid(),
                    child.person,
                    mint.between(first, last),
                    kind,
                    mint.pick(OFFENCES),
                    COURT if kind in BY_COURT else POLICE,
                )
            )
    return found


def youth_justice_steps(a: Authority) -> Steps:
    """The substance misuse records and youth justice outcomes as bulk inserts of (model, specs, spec to instance)."""
    return [
        (
            SubstanceMisuse,
            substance_misuse(a),
            lambda m: SubstanceMisuse(
                id=m.id,
                child_id=m.child,
                identified_on=m.identified_on,
                identified_by=m.identified_by,
                intervention_offered_on=m.intervention_offered_on,
                intervention_received_on=m.intervention_received_on,
                intervention_by=m.intervention_by,
                resolved_on=m.resolved_on,
            ),
        ),
        (
            YouthJusticeOutcome,
            youth_justice_outcomes(a),
            lambda o: YouthJusticeOutcome(
                id=o.id,
                child_id=o.child,
                outcome_on=o.outcome_on,
                kind=o.kind,
                offence=o.offence,
                given_by=o.given_by,
            ),
        ),
    ]
