"""Periods of care and legal statuses. The current period starts on the child's looked_after_since and is open; about
8% of children had an earlier period that ended some months before. Within a period the statuses follow one another
with no gap or overlap (each ends the day before the next starts) and the last of the current period is the child's
legal_status since legal_status_since: an interim care order (often after police protection, an emergency protection
order or accommodation under section 20) before a full care order, and a placement order after that."""

from __future__ import annotations

from datetime import date, timedelta

from care.codes import CareEndReason as End
from care.codes import CategoryOfNeed as Need
from people.codes import LegalStatus as LS
from synthetic.care_context import ONE_DAY, CareChild
from synthetic.mint import Mint
from synthetic.spec import Authority, LegalStatusSpec, PeriodOfCareSpec

EARLIER_PERIOD = 0.087  # of the children with room for one in the seeded years: about 8% of all
NEED: tuple[tuple[str, float], ...] = (
    (Need.N1, 62),
    (Need.N2, 3),
    (Need.N3, 3),
    (Need.N4, 8),
    (Need.N5, 13),
    (Need.N6, 1),
    (Need.N7, 0.3),
    (Need.N8, 6),
)
EARLIER_STATUS: tuple[tuple[str, float], ...] = ((LS.V2, 65), (LS.C1, 20), (LS.C2, 15))
EARLIER_END: dict[str, tuple[tuple[str, float], ...]] = {
    LS.V2: ((End.E4A, 55), (End.E4B, 20), (End.E13, 10), (End.E8, 10), (End.E41, 5)),
    LS.C1: ((End.E4A, 40), (End.E41, 25), (End.E47, 20), (End.E8, 15)),
    LS.C2: ((End.E4A, 30), (End.E41, 20), (End.E45, 15), (End.E47, 20), (End.E48, 5), (End.E8, 10)),
}
# How an order made after the child became looked after was reached: (statuses before it, weight).
ROUTES: tuple[tuple[tuple[str, ...], float], ...] = (
    ((LS.C1,), 45),
    ((LS.L1, LS.C1), 5),
    ((LS.L2, LS.C1), 8),
    ((LS.V2, LS.C1), 30),
    ((LS.V2,), 12),
)
PROTECTION_DAYS: dict[str, tuple[int, int]] = {
    LS.L1: (1, 3),
    LS.L2: (3, 8),
}  # police protection lasts 72 hours, an EPO up to 8 days


def add_periods(mint: Mint, out: Authority, child: CareChild, window_start: date) -> None:
    """The child's periods of care and legal statuses, oldest first, onto both the child and the authority."""
    start = child.spec.looked_after_since
    if not child.uasc and mint.chance(EARLIER_PERIOD):
        _earlier(mint, child, start, max(window_start, child.dob + ONE_DAY))
    need = Need.N8 if child.uasc else mint.weighted(NEED)
    child.periods.append(PeriodOfCareSpec(mint.uuid(), child.id, start, None, need))
    since = child.spec.legal_status_since or start
    steps = [(child.spec.legal_status, since)]
    if since > start:
        before = list(mint.weighted(ROUTES))
        if child.spec.legal_status == LS.E1 and mint.chance(0.4):
            before.append(LS.C2)
        steps = _route(mint, before, start, since) + steps
    _statuses(mint, child, steps, None)
    out.periods_of_care.extend(child.periods)
    out.legal_statuses.extend(child.statuses)


def _earlier(mint: Mint, child: CareChild, start: date, floor: date) -> None:
    end = start - timedelta(days=mint.rng.randint(45, 540))
    first = max(floor, end - timedelta(days=round(mint.rng.lognormvariate(4.9, 0.7))))
    if (end - first).days < 14:
        return
    code = mint.weighted(EARLIER_STATUS)
    span = (end - first).days
    steps: list[tuple[str, date]] = [(code, first)]
    if code == LS.C2:
        steps = [(LS.C1, first), (LS.C2, first + timedelta(days=mint.rng.randint(span // 3, span - 7)))]
    elif mint.chance(0.25):
        protection = LS.L2 if code == LS.C1 else LS.L1
        days = mint.rng.randint(*PROTECTION_DAYS[protection])
        steps = [(protection, first), (code, first + timedelta(days=days))]
    reason = mint.weighted(EARLIER_END[code])
    need = mint.weighted(NEED)
    child.periods.append(PeriodOfCareSpec(mint.uuid(), child.id, first, end, need, reason))
    _statuses(mint, child, steps, end)


def _route(mint: Mint, before: list[str], start: date, until: date) -> list[tuple[str, date]]:
    """Start days for the statuses `before` (held from `start`), each at least a day long, all before `until`."""
    steps: list[tuple[str, date]] = []
    day = start
    for index, code in enumerate(before):
        if day >= until:
            break
        steps.append((code, day))
        room = (until - day).days
        low, high = PROTECTION_DAYS.get(code, (max(1, room // 4), max(1, room - room // 4)))
        if index < len(before) - 1:
            day = day + timedelta(days=min(mint.rng.randint(low, high), room))
    return steps


def _statuses(mint: Mint, child: CareChild, steps: list[tuple[str, date]], end: date | None) -> None:
    """Statuses from (code, start) steps in date order: each ends the day before the next starts."""
    kept: list[tuple[str, date]] = []
    for code, day in steps:
        if kept and day <= kept[-1][1]:
            kept.pop()  # a step with no days of its own gives way to the one after it
        if kept and kept[-1][0] == code:
            continue
        kept.append((code, day))
    for index, (code, day) in enumerate(kept):
        until = kept[index + 1][1] if index + 1 < len(kept) else end
        child.statuses.append(LegalStatusSpec(mint.uuid(), child.id, code, day, until))
