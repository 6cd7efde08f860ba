"""Social worker visits, CPPCR reg 28 (statutory-rules.md R6-R11).

One chain per placement, counting only visits where the child was seen, dated from the placement's start to its
end. Which paragraph of reg 28 sets the interval to the next visit is decided on the date of the last visit (or the
placement's start, for the first), and the duty carries that paragraph's rule code; two exceptions, both at dates
the regulation names: a care order brings the next visit forward (reg 28(5)(a)), and the first review ends weekly
visits (reg 28(3) and (4)). A new placement starts a new chain (a new visit within one week). The chain stops at the
placement's end: a visit that fell due after it lapses; one that fell due before it and was never made is missed.
"""

# R12 (long-term foster placement visits, SI 2015/495) is not built: its amended reg 28 text is unconfirmed.

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from duties.duty import Duty, DutyConfig
from duties.facts import ChildFacts, PlacementFact
from duties.rules.calendar import care_spans, first_review, fmt, legal_status_on, months_after, placements_in
from duties.rules.occurrence import Record, Step, run_chain

WEEK = timedelta(days=7)
FOUR_WEEKS = timedelta(days=28)
SIX_WEEKS = timedelta(days=42)
LIVING_WITH_PARENT = "P1"
INTERIM_CARE_ORDER = "C1"
CARE_ORDER = "C2"


def visits(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R6-R11 social worker visits, CPPCR reg 28 (see visit_within_a_week, visit_after for each paragraph)."""
    seen = [(v.on, v.ref) for v in facts.visits if v.seen]
    days = [on for on, _ in seen]
    duties: list[Duty] = []
    for span in care_spans(facts):
        review = first_review(facts, span)
        reviewed_on = review.on if review else None
        for placement, end in placements_in(facts, span):
            high = len(days) if end is None else bisect_right(days, end)
            records = seen[bisect_left(days, placement.start) : high]
            duties += _chain(facts, placement, end, reviewed_on, records, as_of)
    return duties


def _chain(
    facts: ChildFacts,
    placement: PlacementFact,
    end: date | None,
    reviewed_on: date | None,
    records: list[Record],
    as_of: date,
) -> list[Duty]:
    first_year_ends = months_after(placement.start, 12)
    days = [on for on, _ in records]

    def follow(last: date, _count: int) -> Step:
        index = bisect_right(days, last)  # the visit that will satisfy this step, if any (run_chain's rule)
        next_visit = days[index] if index < len(days) else None
        return visit_after(facts, placement, last, reviewed_on, first_year_ends, next_visit)

    first = visit_within_a_week(facts, placement)
    return run_chain(facts.child_id, first, placement.start, records, follow, as_of=as_of, ended=end)


def paragraph_on(facts: ChildFacts, placement: PlacementFact, day: date) -> str:
    """The reg 28 paragraph that governs the visit after `day`, as its rule code. Where two apply, the one with the
    shorter intervals wins: R10 (reg 28(4): connected person with temporary approval under reg 24, or an interim
    care order with the child living with a parent), then R9 (reg 28(3): placed with a parent under reg 19 before
    the assessment is complete), then R11 (reg 28(5): care order, living with a parent), else R7/R8 (reg 28(2))."""
    if placement.temporary_approval:
        return "R10"
    status = legal_status_on(facts, day) if placement.place == LIVING_WITH_PARENT else None
    if status == INTERIM_CARE_ORDER:
        return "R10"
    if placement.before_assessment:
        return "R9"
    if status == CARE_ORDER:
        return "R11"
    return "R7"


def visit_within_a_week(facts: ChildFacts, placement: PlacementFact) -> Step:
    """R6 CPPCR reg 28(2)(a): a visit within one week of the start of any placement. R9 CPPCR reg 28(3)(a) and R10
    CPPCR reg 28(4)(a): weekly until the first review, the first within a week. R11 CPPCR reg 28(5)(a): within one
    week of the making of the care order (here, the order was in force when the placement with a parent started)."""
    start = placement.start
    due = start + WEEK
    rule = paragraph_on(facts, placement, start)
    if rule in ("R9", "R10"):
        step = (
            rule,
            due,
            f"Weekly visit until the first review: the first within one week of the placement starting on {fmt(start)}",
        )
    elif rule == "R11":
        step = (
            rule,
            due,
            f"Visit within one week of the placement with a parent under a care order starting on {fmt(start)}",
        )
    else:
        step = ("R6", due, f"Visit within one week of the placement starting on {fmt(start)}")
    return _care_order_sooner(facts, placement, start, step)


def visit_after(
    facts: ChildFacts,
    placement: PlacementFact,
    last: date,
    reviewed_on: date | None,
    first_year_ends: date | None = None,
    next_visit: date | None = None,
) -> Step:
    """The visit after the one on `last`:
    R7 CPPCR reg 28(2)(b): within 6 weeks during the first year of the placement (a visit before its first
    anniversary). R8 CPPCR reg 28(2)(c): after the first year, within 3 months if the placement is intended to last
    until the child is 18 and was so on the date of the last visit, otherwise within 6 weeks.
    R9 CPPCR reg 28(3): weekly until the first review of the period is held, then within 6 weeks.
    R10 CPPCR reg 28(4): weekly until the first review is held, then within 4 weeks.
    For R9 and R10 the weekly visit ends with the first review: a review held on or before the day the next weekly
    visit would fall due means none is owed then ("at least once a week until the first review"), and the next is
    due at the longer interval from the last visit. A weekly visit already overdue when the review is held stands.
    R11 CPPCR reg 28(5)(b): within 6 weeks; and a care order made after the last visit, for a child living with a
    parent, brings the next visit forward to within one week of the order (reg 28(5)(a)), unless the next visit
    (`next_visit`, the first one after `last`) was made before the order: that one is the visit otherwise due, and
    the visit after it is the one owed within a week of the order."""
    rule = paragraph_on(facts, placement, last)
    reviewed = reviewed_on is not None and reviewed_on <= last + WEEK
    since = f"the visit on {fmt(last)}"
    step: Step
    if rule == "R10":
        if reviewed:
            step = (
                rule,
                last + FOUR_WEEKS,
                f"Visit within 4 weeks of {since} (4-weekly after the first review)",
            )
        else:
            step = (rule, last + WEEK, f"Weekly visit until the first review: within one week of {since}")
    elif rule == "R9":
        if reviewed:
            step = (rule, last + SIX_WEEKS, f"Visit within 6 weeks of {since} (after the first review)")
        else:
            step = (rule, last + WEEK, f"Weekly visit until the first review: within one week of {since}")
    elif rule == "R11":
        step = (rule, last + SIX_WEEKS, f"Visit within 6 weeks of {since} (care order, living with a parent)")
    elif last < (first_year_ends or months_after(placement.start, 12)):
        step = ("R7", last + SIX_WEEKS, f"Visit within 6 weeks of {since} (first year of the placement)")
    elif placement.intended_until_18_from is not None and placement.intended_until_18_from <= last:
        step = (
            "R8",
            months_after(last, 3),
            f"Visit within 3 months of {since} (placement intended to last until 18)",
        )
    else:
        step = ("R8", last + SIX_WEEKS, f"Visit within 6 weeks of {since}")
    return _care_order_sooner(facts, placement, last, step, next_visit)


def _care_order_sooner(
    facts: ChildFacts, placement: PlacementFact, last: date, step: Step, next_visit: date | None = None
) -> Step:
    """R11 CPPCR reg 28(5)(a): a care order made after `last` while the child lives with a parent needs a visit
    within one week of the order, if that comes before the visit otherwise due. A visit made before the order
    (`next_visit`) cannot be that visit: it satisfies the visit otherwise due."""
    if placement.place != LIVING_WITH_PARENT:
        return step
    for status in facts.legal_statuses:
        if (
            status.code == CARE_ORDER
            and status.start > last
            and status.start + WEEK < step[1]
            and (next_visit is None or next_visit >= status.start)
        ):
            return (
                "R11",
                status.start + WEEK,
                f"Visit within one week of the care order made on {fmt(status.start)}",
            )
    return step
