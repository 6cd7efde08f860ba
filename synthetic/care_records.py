"""Visits, looked-after reviews, care plans, placement plans and notifications of placement, timed against the
statutory timescales (statutory-rules.md R1, R3, R4, R6-R11, R13, R14) by the care-history clock. The visitor is the
social worker allocated on the day and the review's chair the IRO allocated on the day, where there is one."""

from __future__ import annotations

from datetime import date, timedelta

from care.codes import PlacementType as PT
from casework.models import AllocationRole
from casework.statutory_records import NotificationRecipient as To
from casework.statutory_records import Participation, PlanKind, VisitPlace
from duties.rules.calendar import months_after
from duties.working_days import add_working_days
from people.codes import LegalStatus as LS
from synthetic.care_context import ONE_DAY, CareChild, Clock, Rota, recurring
from synthetic.spec import (
    Authority,
    NotificationSpec,
    PeriodOfCareSpec,
    PlacementSpec,
    PlanSpec,
    ReviewSpec,
    VisitSpec,
)

SW, IRO = AllocationRole.SOCIAL_WORKER, AllocationRole.IRO
NOT_SEEN = 0.05
PARTICIPATION: tuple[tuple[str, float], ...] = (
    (Participation.PN1, 45),
    (Participation.PN2, 8),
    (Participation.PN3, 4),
    (Participation.PN4, 6),
    (Participation.PN5, 7),
    (Participation.PN6, 20),
    (Participation.PN7, 10),
)
WHERE: tuple[tuple[str, float], ...] = (
    (VisitPlace.PLACEMENT, 80),
    (VisitPlace.SCHOOL, 7),
    (VisitPlace.COMMUNITY, 7),
    (VisitPlace.OFFICE, 3),
    (VisitPlace.FAMILY, 3),
)
SEEN_NOTES = (
    "",
    "Spent time with the child in their room; talked about school and friends.",
    "Child showed me their drawings; carer reports a settled few weeks.",
    "Talked about family time and what the child would like to change.",
    "Went for a walk; the child talked about their worries about moving school.",
)
UNSEEN_NOTES = (
    "Child was out with friends; spoke with the carer and arranged to return.",
    "Child did not want to see me today; carer seen, visit rearranged.",
    "Child unwell and asleep; carer seen.",
)
CARE_PLAN_UPDATE = 0.5
WAITS_FOR_IRO = 0.9  # a first review is put back until the IRO is allocated, usually
SIGNED_WITH_PLAN = 0.7


def add_casework(clock: Clock, rota: Rota, out: Authority, child: CareChild) -> None:
    for period in child.periods:
        in_period = [p for p in child.placements if _within(p.start_date, period)]
        reviews = _reviews(clock, rota, out, child, period)
        _care_plans(clock, out, child, period, reviews)
        for index, placement in enumerate(in_period):
            _visits(clock, rota, out, child, placement, reviews[0] if reviews else None)
            _placement_plan(clock, out, child, placement)
            _notifications(clock, out, child, placement, first=index == 0)


def _within(day: date, period: PeriodOfCareSpec) -> bool:
    return period.start_date <= day and (period.end_date is None or day <= period.end_date)


def _until(end: date | None, as_of: date) -> date:
    return min(end or as_of, as_of)


def _reviews(
    clock: Clock, rota: Rota, out: Authority, child: CareChild, period: PeriodOfCareSpec
) -> list[date]:
    """R13 first review within 20 working days of becoming looked after, R14 the second within 3 months, then
    within 6 months. A first review waits for the IRO where the IRO's allocation starts in time."""
    start, mint = period.start_date, clock.mint
    due = add_working_days(start, 20)
    earliest = start + timedelta(days=5)
    iro = rota.first_from(child.id, IRO, start)
    if iro is not None and iro.start_date <= due and mint.chance(WAITS_FOR_IRO):
        earliest = max(earliest, iro.start_date)

    def follow(day: date, held: int) -> tuple[date, int]:
        return (months_after(day, 3), 21) if held == 1 else (months_after(day, 6), 30)

    until = _until(period.end_date, out.as_of)
    days = recurring(
        clock, (due, (due - earliest).days), earliest, follow, until=until, late=28, kind="review"
    )
    for day in days:
        code = Participation.PN0 if child.age_on(day) < 4 else mint.weighted(PARTICIPATION)
        out.reviews.append(ReviewSpec(mint.uuid(), child.id, day, rota.on(child.id, IRO, day), code))
    return days


def _care_plans(
    clock: Clock, out: Authority, child: CareChild, period: PeriodOfCareSpec, reviews: list[date]
) -> None:
    """R1 a care plan within 10 working days of the first placement (which starts when care does), then an update
    after about half the later reviews."""
    mint, start = clock.mint, period.start_date
    until = _until(period.end_date, out.as_of)
    due = add_working_days(start, 10)
    day = clock.when(due, start, lead=10, late=20, kind="plan", one_off=True, open_=period.end_date is None)
    if day is not None and day <= until:
        out.plans.append(PlanSpec(mint.uuid(), child.id, PlanKind.CARE_PLAN, day, summary="Care plan agreed"))
    for review in reviews[1:]:
        if mint.chance(CARE_PLAN_UPDATE):
            made = review + timedelta(days=mint.rng.randint(0, 14))
            if made <= until:
                summary = "Care plan updated after the looked-after review"
                out.plans.append(PlanSpec(mint.uuid(), child.id, PlanKind.CARE_PLAN, made, summary=summary))


def _visits(
    clock: Clock,
    rota: Rota,
    out: Authority,
    child: CareChild,
    placement: PlacementSpec,
    first_review: date | None,
) -> None:
    """R6 within a week of the placement starting; R7 every 6 weeks in its first year; R8 then every 3 months if it
    is intended to last until 18, else 6 weeks; R9/R10 weekly until the first review where the child lives with a
    parent before assessment, under an interim care order, or with a connected person with temporary approval."""
    mint, start = clock.mint, placement.start_date
    year_on = months_after(start, 12)
    with_parent = placement.place == PT.P1

    def follow(day: date, _held: int) -> tuple[date, int]:
        interim = with_parent and child.status_on(day) == LS.C1
        weekly = placement.temporary_approval or placement.before_assessment or interim
        if weekly and (first_review is None or first_review > day):
            return day + timedelta(days=7), 3
        if placement.temporary_approval or interim:
            return day + timedelta(days=28), 10
        intended = placement.intended_until_18_from
        if day >= year_on and intended is not None and intended <= day:
            return months_after(day, 3), 30
        return day + timedelta(days=42), 14

    until = _until(placement.end_date, out.as_of)
    previous = start - ONE_DAY
    for day in recurring(
        clock, (start + timedelta(days=7), 6), start, follow, until=until, late=21, kind="visit"
    ):
        if mint.chance(NOT_SEEN) and day - previous > timedelta(days=2):
            tried = mint.between(previous + ONE_DAY, day - ONE_DAY)
            who = rota.on(child.id, SW, tried)
            out.visits.append(
                VisitSpec(
                    mint.uuid(),
                    child.id,
                    tried,
                    False,
                    False,
                    who,
                    VisitPlace.PLACEMENT,
                    mint.pick(UNSEEN_NOTES),
                )
            )
        age = child.age_on(day)
        where = mint.weighted(WHERE)
        if where == VisitPlace.SCHOOL and age < 5:
            where = VisitPlace.PLACEMENT
        alone = age >= 4 and mint.chance(0.6)
        who = rota.on(child.id, SW, day)
        out.visits.append(
            VisitSpec(mint.uuid(), child.id, day, True, alone, who, where, mint.pick(SEEN_NOTES))
        )
        previous = day


def _placement_plan(clock: Clock, out: Authority, child: CareChild, placement: PlacementSpec) -> None:
    """R3 a placement plan within 5 working days of the placement starting, signed by the carer."""
    mint, start = clock.mint, placement.start_date
    until = _until(placement.end_date, out.as_of)
    open_ = placement.end_date is None
    due = add_working_days(start, 5)
    made = clock.when(due, start, lead=5, late=15, kind="plan", one_off=True, open_=open_)
    if made is None or made > until:
        return
    sign_due = max(due, made)
    signed: date | None = made
    if not mint.chance(SIGNED_WITH_PLAN):
        signed = clock.when(
            sign_due, made, lead=(sign_due - made).days, late=20, kind="plan", one_off=True, open_=open_
        )
    if signed is not None and signed > until:
        signed = None
    summary = f"Placement plan agreed with {placement.carer}"
    out.plans.append(
        PlanSpec(mint.uuid(), child.id, PlanKind.PLACEMENT_PLAN, made, placement.id, signed, summary)
    )


def _notifications(
    clock: Clock, out: Authority, child: CareChild, placement: PlacementSpec, *, first: bool
) -> None:
    """R4 notice of the placement within 5 working days of its start, to a few of those reg 13 names."""
    mint, start = clock.mint, placement.start_date
    until = _until(placement.end_date, out.as_of)
    due = add_working_days(start, 5)
    sent = clock.when(
        due, start, lead=5, late=15, kind="notice", one_off=True, open_=placement.end_date is None
    )
    if sent is None or sent > until:
        return
    age = child.age_on(start)
    candidates = [To.HEALTH_BODY, To.GP, To.IRO]
    candidates += [To.CHILD] if age >= 8 else []
    candidates += [To.PARENT] if not child.uasc else []
    candidates += [To.SCHOOL] if 5 <= age < 16 else []
    candidates += [To.PREVIOUS_CARER] if not first else []
    chosen = mint.rng.sample(candidates, mint.rng.randint(2, min(5, len(candidates))))
    if not placement.in_authority and mint.chance(0.8):
        chosen.append(To.AREA_AUTHORITY)
    for index, recipient in enumerate(chosen):
        day = sent if index == 0 else min(sent + timedelta(days=mint.rng.randint(0, 3)), until)
        out.notifications.append(NotificationSpec(mint.uuid(), child.id, placement.id, recipient, day))
