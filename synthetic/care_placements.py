"""Placements: a chain covering each period of care with no gap (each ends the day before the next starts), moves at
a yearly rate that is log-normal across children (most have one to three placements, a few six to ten, like Child
R's seven in two years), placement types by age in proportions like England's (foster care most common, connected
persons, children's homes for teenagers, supported accommodation only from 16, placement with a parent under an
order), providers that fit the type, invented carers and addresses, about a fifth out of the authority's area.

The current placement is the child's current carer where kin.py recorded one (same person, same start day)."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

from care.codes import PlacementChangeReason as Why
from care.codes import PlacementProvider as PR
from care.codes import PlacementType as PT
from network.models import AgencyKind
from people.codes import LegalStatus as LS
from synthetic import places
from synthetic.care_carers import (
    CONNECTED,
    FOSTER,
    OUT_OF_AREA,
    PROVIDERS,
    CarerLink,
    Table,
    Where,
    address,
    from_carer,
    provider_name,
    where_for,
)
from synthetic.care_context import ONE_DAY, CareChild
from synthetic.mint import Mint
from synthetic.spec import Authority, PeriodOfCareSpec, PersonSpec, PlacementSpec

MOVE_RATE = (0.4, 0.9)  # median moves a year and the spread (log scale), capped at MAX_RATE
MAX_RATE = 3.5
MAX_PLACEMENTS = 10
# Age bands: under 1, 1-4, 5-9, 10-15, 16-17.
FIRST: tuple[Table, ...] = (
    ((PT.U6, 55), (PT.U3, 15), (PT.U5, 10), (PT.R3, 8), (PT.P1, 5)),
    ((PT.U6, 60), (PT.U3, 20), (PT.U5, 4), (PT.P1, 5)),
    ((PT.U6, 60), (PT.U3, 20), (PT.K2, 3), (PT.P1, 5)),
    ((PT.U6, 50), (PT.U3, 12), (PT.K2, 25), (PT.K1, 1), (PT.P1, 4)),
    ((PT.U6, 25), (PT.U3, 6), (PT.K2, 14), (PT.K3, 50), (PT.P1, 2)),
)
LATER: tuple[Table, ...] = (
    ((PT.U6, 40), (PT.U4, 10), (PT.U3, 15), (PT.U5, 15), (PT.P1, 10)),
    ((PT.U6, 40), (PT.U4, 25), (PT.U3, 10), (PT.U1, 10), (PT.U5, 5), (PT.P1, 8)),
    ((PT.U6, 35), (PT.U4, 30), (PT.U3, 8), (PT.U1, 12), (PT.K2, 6), (PT.P1, 6)),
    ((PT.U6, 30), (PT.U4, 20), (PT.U3, 6), (PT.U1, 8), (PT.K2, 28), (PT.K1, 1), (PT.S1, 2), (PT.P1, 4)),
    ((PT.U6, 15), (PT.U4, 12), (PT.U3, 3), (PT.U1, 4), (PT.K2, 14), (PT.K3, 50), (PT.P1, 2)),
)
UASC: tuple[Table, ...] = (((PT.U6, 70), (PT.K2, 30)), ((PT.K3, 70), (PT.U6, 20), (PT.K2, 10)))
CHANGE: Table = (
    (Why.CARPL, 25), (Why.CREQB, 16), (Why.CREQO, 12), (Why.LAREQ, 10), (Why.CHILD, 8), (Why.STAND, 4),
    (Why.ALLEG, 3), (Why.CLOSE, 2), (Why.CUSTOD, 1), (Why.OTHER, 9),
)  # fmt: skip


def move_rate(mint: Mint) -> float:
    return min(MAX_RATE, mint.rng.lognormvariate(math.log(MOVE_RATE[0]), MOVE_RATE[1]))


def add_placements(
    mint: Mint, child: CareChild, period: PeriodOfCareSpec, as_of: date, *, rate: float,
    carer: CarerLink | None, parent: PersonSpec | None,
) -> None:  # fmt: skip
    start, end = period.start_date, period.end_date
    anchor = carer.since if carer and end is None and start <= carer.since <= as_of else None
    starts = _moves(mint, start, (anchor - ONE_DAY) if anchor else (end or as_of), rate)
    if anchor and anchor > start:
        starts.append(anchor)
    if len(starts) > MAX_PLACEMENTS - 1:  # room for a placement for adoption
        starts = [start, *sorted(mint.rng.sample(starts[1:-1], MAX_PLACEMENTS - 3)), starts[-1]]
    chain: list[Where] = []
    for day in starts:
        if anchor is not None and carer is not None and day == starts[-1]:
            chain.append(from_carer(mint, child, carer, day, as_of))
        else:
            chain.append(_new(mint, child, day, first=not chain, parent=parent))
    adoption = _adoption(mint, child, chain[-1], starts[-1], anchor, end, as_of)
    if adoption is not None:
        starts.append(adoption[0])
        chain.append(adoption[1])
    for index, (day, where) in enumerate(zip(starts, chain, strict=True)):
        last = index == len(starts) - 1
        until = (
            end if last else starts[index + 1]
        )  # the SSDA903 way: a move ends one and starts the next that day
        reason = "" if last else _reason(mint, where, chain[index + 1])
        child.placements.append(_spec(mint, child, where, day, until, reason, as_of))


def _moves(mint: Mint, start: date, until: date, rate: float) -> list[date]:
    span = (until - start).days
    if span < 1:
        return [start]
    count = mint.poisson(rate * span / 365.25)
    return [start, *sorted({start + timedelta(days=mint.rng.randint(1, span)) for _ in range(count)})]


def _band(age: int) -> int:
    return 0 if age < 1 else 1 if age < 5 else 2 if age < 10 else 3 if age < 16 else 4


def _new(mint: Mint, child: CareChild, day: date, *, first: bool, parent: PersonSpec | None) -> Where:
    age = child.age_on(day)
    if child.uasc:
        table = UASC[age >= 16]
    else:
        table = (FIRST if first else LATER)[_band(age)]
        if parent is None or child.status_on(day) not in (LS.C1, LS.C2):
            table = tuple(row for row in table if row[0] != PT.P1)
    return where_for(mint, child, mint.weighted(table), parent)


def _adoption(
    mint: Mint,
    child: CareChild,
    before: Where,
    after: date,
    anchor: date | None,
    end: date | None,
    as_of: date,
) -> tuple[date, Where] | None:
    """A child with a placement order may be placed for adoption: with the current carers (A5) or others (A6)."""
    order = child.statuses[-1]
    if end is not None or order.code != LS.E1 or before.place == PT.K2 or not mint.chance(0.5):
        return None
    day = order.start_date + timedelta(days=mint.rng.randint(45, 300))
    if day <= after or day >= as_of:
        return None
    if anchor is not None or (before.place in FOSTER | CONNECTED and mint.chance(0.3)):
        return day, Where(PT.A5, before.provider if before.provider != PR.PR4 else PR.PR1, before.carer,
                          before.address, before.postcode, before.inside)  # fmt: skip
    provider = mint.weighted(PROVIDERS[PT.A6])
    inside = not mint.chance(OUT_OF_AREA[PT.A6])
    street, postcode = address(mint, inside)
    return day, Where(PT.A6, provider, provider_name(mint, PT.A6, provider), street, postcode, inside)


def _reason(mint: Mint, ended: Where, following: Where) -> str:
    if following.carer == ended.carer:
        return Why.PLACE
    if following.place in (PT.A5, PT.A6):
        return Why.CARPL
    return mint.weighted(CHANGE)


def _spec(
    mint: Mint, child: CareChild, where: Where, start: date, end: date | None, reason: str, as_of: date
) -> PlacementSpec:
    last = min(end or as_of, as_of)
    days = (last - start).days
    temporary = where.place == PT.U3 and days <= 112 and mint.chance(0.6)
    if temporary and end is not None and reason != Why.PLACE and mint.chance(0.4):
        reason = Why.APPRR
    intended = None
    if where.place in (PT.U1, PT.U4) and mint.chance(0.8):
        intended = start + timedelta(days=mint.rng.randint(0, 60))
    elif where.place in (PT.U3, PT.U6, PT.K2) and days > 400 and mint.chance(0.45):
        intended = start + timedelta(days=mint.rng.randint(300, 450))
    return PlacementSpec(
        id=mint.uuid(),
        child=child.id,
        place=where.place,
        provider=where.provider,
        carer=where.carer,
        address=where.address,
        postcode=where.postcode,
        in_authority=where.inside,
        start_date=start,
        end_date=end,
        change_reason=reason,
        intended_until_18_from=intended if intended is not None and intended <= last else None,
        before_assessment=where.place == PT.P1 and mint.chance(0.4),
        temporary_approval=temporary,
    )


SUPPORTED_INSIDE = 0x5EED_0241  # its own stream: the records drawn before stay as they were


def keep_supported_accommodation_inside(out: Authority) -> None:
    """Supported accommodation (K3) moved into the authority: DfE rule 241 wants its provider to have premises in
    the placing authority (the validator checks the submitting one). Done once the care, missing, risk and network
    records are drawn, from a stream of its own, so that none of their draws moves; the host authority the network
    named for such a placement is no longer one (a meeting's attendance keeps the name as typed; what was shared
    with it is gone), and the register
    and schools, drawn after, see the placement where it now is."""
    mint = Mint(out.seed + SUPPORTED_INSIDE)
    moved: set[tuple[object, date]] = set()
    for i, placement in enumerate(out.placements):
        if placement.place == PT.K3 and not placement.in_authority:
            out.placements[i] = replace(
                placement, address=places.address(mint), postcode=places.postcode(mint), in_authority=True
            )
            moved.add((placement.child, placement.start_date))
    hosts = {
        m.id
        for m in out.members
        if m.agency_kind == AgencyKind.HOST_AUTHORITY and (m.child, m.from_date) in moved
    }
    if not hosts:
        return
    out.members[:] = [m for m in out.members if m.id not in hosts]
    out.attendance[:] = [replace(a, member=None) if a.member in hosts else a for a in out.attendance]
    out.shared[:] = [s for s in out.shared if s.member not in hosts]  # nothing to tell a host now
