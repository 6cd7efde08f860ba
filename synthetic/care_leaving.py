"""For eligible young people of 16 and 17: the needs assessment, the pathway plan and its reviews, and a personal
adviser (statutory-rules.md R25-R27), timed by the care-history clock. Personal advisers are social workers of the
authority (the allocatable roles), never the child's own social worker or a demo user."""

from __future__ import annotations

from datetime import date, timedelta

from casework.models import AllocationRole, WorkerChangeReason
from casework.statutory_records import PlanKind
from duties.rules.calendar import birthday, months_after
from synthetic.care_context import ONE_DAY, CareChild, Clock, Rota, recurring
from synthetic.mint import Mint
from synthetic.spec import AllocationSpec, Authority, PlanSpec, UserSpec

ELIGIBLE_DAYS = 91  # looked after for 13 weeks since the 14th birthday (CPPCR reg 40)


def eligible_from(child: CareChild, as_of: date) -> date | None:
    """R25 (CPPCR reg 40): the first day from the 16th birthday on which the child has been looked after for 13
    weeks since the 14th birthday, if that comes by as_of and before 18."""
    since, sixteenth = birthday(child.dob, 14), birthday(child.dob, 16)
    last_day = min(birthday(child.dob, 18) - ONE_DAY, as_of)
    counted = 0
    for period in child.periods:
        low, high = max(period.start_date, since), min(period.end_date or last_day, last_day)
        if high < low:
            continue
        day = max(low + timedelta(days=max(ELIGIBLE_DAYS - counted - 1, 0)), sixteenth)
        if day <= high:
            return day
        counted += (high - low).days + 1
    return None


def add_leaving_care(
    clock: Clock, rota: Rota, out: Authority, child: CareChild, advisers: list[UserSpec]
) -> None:
    """R26 needs assessment, pathway plan and personal adviser within 3 months of becoming eligible; R27 pathway
    plan reviews within 6 months, until 18. Only for a child who became eligible in the current period of care."""
    mint, as_of = clock.mint, out.as_of
    eligible = eligible_from(child, as_of)
    period = child.periods[-1]
    if eligible is None or eligible < period.start_date:
        return
    due = months_after(eligible, 3)
    earliest = max(period.start_date, eligible - timedelta(days=45))
    assessed = clock.when(due, earliest, lead=60, late=40, kind="leaving", one_off=True, open_=True)
    if assessed is not None and assessed <= as_of:
        out.plans.append(
            PlanSpec(
                mint.uuid(),
                child.id,
                PlanKind.NEEDS_ASSESSMENT,
                assessed,
                summary="Needs assessment complete",
            )
        )
    appointed = clock.when(due, earliest, lead=75, late=40, kind="leaving", one_off=True, open_=True)
    if appointed is not None and appointed <= as_of:
        _adviser(mint, rota, out, child, appointed, advisers)
    adult = birthday(child.dob, 18)

    def follow(day: date, _held: int) -> tuple[date, int] | None:
        next_due = months_after(day, 6)
        return None if next_due >= adult else (next_due, 30)

    first_low = assessed if assessed is not None and assessed <= due else earliest
    days = recurring(
        clock, (due, (due - first_low).days), first_low, follow, until=as_of, late=30, kind="leaving"
    )
    for index, day in enumerate(days):
        summary = "Pathway plan agreed" if index == 0 else "Pathway plan reviewed"
        out.plans.append(PlanSpec(mint.uuid(), child.id, PlanKind.PATHWAY_PLAN, day, summary=summary))


def _adviser(
    mint: Mint, rota: Rota, out: Authority, child: CareChild, start: date, advisers: list[UserSpec]
) -> None:
    """A personal adviser from `start`, replaced the day after one leaves."""
    day, previous = start, None
    while True:
        worker = rota.on(child.id, AllocationRole.SOCIAL_WORKER, day)
        on_duty = [u for u in advisers if u.employed_on(day) and u.username != worker and u is not previous]
        if not on_duty:
            return
        adviser = mint.pick(on_duty)
        if adviser.left is None or adviser.left >= out.as_of:
            out.allocations.append(
                AllocationSpec(
                    mint.uuid(), child.id, adviser.username, AllocationRole.PERSONAL_ADVISER, day, None, ""
                )
            )
            return
        reason = WorkerChangeReason.LEFTRL
        out.allocations.append(
            AllocationSpec(
                mint.uuid(),
                child.id,
                adviser.username,
                AllocationRole.PERSONAL_ADVISER,
                day,
                adviser.left,
                reason,
            )
        )
        day, previous = adviser.left + ONE_DAY, adviser
