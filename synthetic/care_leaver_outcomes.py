"""The seed's care leavers' birthday records (SSDA903 OC3: IN_TOUCH, ACTIV, ACCOM), and how synthetic/writer.py
writes them.

A young person who became eligible for leaving-care support (care_leaving.eligible_from) and whose care has ended
has one record for each 17th to 21st birthday from the day their care ended (on a birthday still looked after they
were not yet a care leaver: DfE rule 1007) to as_of. They are drawn from a random stream of their own derived from
the seed (care_health.derived), so the records built before them are the same as without them. Most are in touch,
in education, training or work or not, and in suitable accommodation (DfE: about nine in ten care leavers of 19 to
21 are in touch, and about nine in ten of those in suitable accommodation)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import models

from accounts.models import User
from care.codes import CareEndReason as End
from casework.care_leaver import FIRST_AGE, LAST_AGE, CareLeaverOutcome, InTouch
from casework.models import AllocationRole
from duties.rules.calendar import birthday
from synthetic.care_context import CareChild
from synthetic.care_health import derived
from synthetic.care_leaving import eligible_from
from synthetic.mint import Mint
from synthetic.spec import AllocationSpec, Authority, PeriodOfCareSpec

CARE_LEAVER_LABELS: dict[type[models.Model], str] = {CareLeaverOutcome: "care leaver outcomes"}
# Care that ended by death, transfer to another authority (DfE rules 1000, 1011), adoption (rule 134) or an age
# assessment finding them an adult leaves nobody the authority reports as its care leaver.
NOT_A_CARE_LEAVER = frozenset({End.E2, End.E3, End.E11, End.E12, End.E15})
IN_TOUCH: tuple[tuple[str, float], ...] = (
    (InTouch.YES, 85),
    (InTouch.NO, 6),
    (InTouch.REFU, 4),
    (InTouch.NREQ, 4),
    (InTouch.RHOM, 1),
)
NREQ_FROM = 19  # a relevant child under 18 is always owed a personal adviser and a pathway plan
ACTIVITIES: tuple[tuple[str, float], ...] = (
    ("F2", 26),
    ("P2", 6),
    ("F4", 16),
    ("P4", 9),
    ("F1", 7),
    ("G5", 22),
    ("G4", 8),
    ("G6", 6),
)
HIGHER_EDUCATION_FROM = 18
ACCOMMODATION: tuple[tuple[str, float], ...] = (
    ("D1", 24),
    ("E1", 10),
    ("U1", 20),
    ("B1", 12),
    ("T1", 5),
    ("K1", 5),
    ("Z1", 8),
    ("D2", 2),
    ("U2", 2),
    ("B2", 2),
    ("K2", 1),
    ("S2", 1),
    ("X2", 1),
)
# At 17 former foster carers are a placement (rule 3001) and a foyer takes no one under 18 (rule 347).
NOT_AT_17 = frozenset({"Z1", "Z2", "T1", "T2"})
ADVISER_FIRST = (AllocationRole.PERSONAL_ADVISER, AllocationRole.SOCIAL_WORKER)

Steps = list[tuple[type[Any], Sequence[Any], Callable[[Any], Any]]]


@dataclass(frozen=True, slots=True)
class CareLeaverOutcomeSpec:
    id: uuid.UUID
    child: uuid.UUID
    birthday: date
    in_touch: str
    activity: str
    accommodation: str
    recorded_by: str  # "" when nobody is allocated on the birthday


def care_leaver_outcomes(out: Authority) -> list[CareLeaverOutcomeSpec]:
    mint = derived(out.seed, "care-leaver-outcomes")
    people = {p.id: p for p in out.people}
    periods: dict[uuid.UUID, list[PeriodOfCareSpec]] = defaultdict(list)
    for period in out.periods_of_care:
        periods[period.child].append(period)
    allocations: dict[uuid.UUID, list[AllocationSpec]] = defaultdict(list)
    for allocation in out.allocations:
        allocations[allocation.child].append(allocation)
    found = []
    for child in out.children:
        person = people[child.person]
        born, held = person.date_of_birth, sorted(periods[child.person], key=lambda p: p.start_date)
        if born is None or not held:
            continue
        care = CareChild(child, person, born, uasc=False, strict=False, periods=held)
        eligible = eligible_from(care, out.as_of)
        if eligible is None:
            continue
        for age in range(FIRST_AGE, LAST_AGE + 1):
            day = birthday(born, age)
            if day > out.as_of or (person.date_of_death is not None and day > person.date_of_death):
                continue
            if not _left_care_by(held, eligible, day):
                continue
            in_touch, activity, accommodation = _answers(mint, age)
            found.append(
                CareLeaverOutcomeSpec(
                    mint.uuid(),
                    child.person,
                    day,
                    in_touch,
                    activity,
                    accommodation,
                    _recorder(allocations[child.person], day),
                )
            )
    return found


def _left_care_by(held: list[PeriodOfCareSpec], eligible: date, day: date) -> bool:
    """Whether the young person's care had ended, after they became eligible, by the day (the day itself counts)
    and they were not looked after again on it, by an end that leaves them a care leaver."""
    if any(p.start_date <= day and (p.end_date is None or p.end_date > day) for p in held):
        return False
    ended = [p for p in held if p.end_date is not None and eligible <= p.end_date <= day]
    return bool(ended) and ended[-1].end_reason not in NOT_A_CARE_LEAVER


def _answers(mint: Mint, age: int) -> tuple[str, str, str]:
    """In touch, with an activity and an accommodation, or not, with neither."""
    in_touch = mint.weighted([(code, w) for code, w in IN_TOUCH if code != InTouch.NREQ or age >= NREQ_FROM])
    if in_touch != InTouch.YES:
        return in_touch, "", ""
    activity = mint.weighted([(c, w) for c, w in ACTIVITIES if c != "F1" or age >= HIGHER_EDUCATION_FROM])
    accommodation = mint.weighted([(c, w) for c, w in ACCOMMODATION if age > FIRST_AGE or c not in NOT_AT_17])
    return in_touch, activity, accommodation


def _recorder(allocations: list[AllocationSpec], day: date) -> str:
    """The personal adviser allocated on the birthday, else the social worker, else nobody."""
    for role in ADVISER_FIRST:
        for allocation in allocations:
            if (
                allocation.role == role
                and allocation.start_date <= day
                and (allocation.end_date is None or allocation.end_date >= day)
            ):
                return allocation.worker
    return ""


def care_leaver_steps(a: Authority, users: dict[str, User]) -> Steps:
    """The care leavers' birthday records as a bulk insert of (model, specs, spec to instance)."""
    return [
        (
            CareLeaverOutcome,
            care_leaver_outcomes(a),
            lambda o: CareLeaverOutcome(
                id=o.id,
                child_id=o.child,
                birthday=o.birthday,
                in_touch=o.in_touch,
                activity=o.activity,
                accommodation=o.accommodation,
                recorded_by=users[o.recorded_by] if o.recorded_by else None,
            ),
        ),
    ]
