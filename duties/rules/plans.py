"""Care plan, placement plan and notification of placement (statutory-rules.md R1, R3, R4)."""

from __future__ import annotations

from datetime import date

from duties.duty import Duty, DutyConfig
from duties.facts import ChildFacts, PlacementFact
from duties.rules.calendar import care_spans, first_between, fmt, placements_in, working_days_after
from duties.rules.occurrence import Record, occurrence

CARE_PLAN_WORKING_DAYS = 10
CARE_PLAN_LOOKBACK_MONTHS = 3
PLACEMENT_WORKING_DAYS = 5


def care_plan(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R1 care plan, CPPCR reg 4(2): prepared before the child is first placed or, if that is not practicable,
    within 10 working days of the start of the first placement.

    One per period of care: due 10 working days after the start of the period's first placement (or of the period,
    if there is no placement yet). Satisfied by the first care plan dated from 3 calendar months before the period
    started (plans prepared before placement), but never one from an earlier period of care."""
    duties = []
    for span in care_spans(facts):
        placements = placements_in(facts, span)
        if placements:
            anchor = placements[0][0].start
            about = f"Care plan within 10 working days of the first placement starting on {fmt(anchor)}"
        else:
            anchor = span.start
            about = f"Care plan within 10 working days of becoming looked after on {fmt(anchor)}"
        plan = first_between(facts.care_plans, span.lookback(CARE_PLAN_LOOKBACK_MONTHS), span.end)
        duty = occurrence(
            "R1",
            facts.child_id,
            working_days_after(anchor, CARE_PLAN_WORKING_DAYS),
            about,
            as_of=as_of,
            window_from=span.lookback(CARE_PLAN_LOOKBACK_MONTHS),
            done=(plan.on, plan.ref) if plan else None,
            ended=span.end,
        )
        if duty:
            duties.append(duty)
    return duties


def placement_plan(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R3 placement plan, CPPCR reg 9: prepared before the placement or within 5 working days of its start, and
    agreed and signed by the carer.

    One per placement: due 5 working days after it starts. Satisfied only by a placement plan for that placement
    that the carer has signed; it counts as done on the later of the plan's date and the carer's signature."""
    duties = []
    for span in care_spans(facts):
        for placement, end in placements_in(facts, span):
            plans = [p for p in facts.placement_plans if p.placement_id == placement.id]
            signed = [(max(p.on, p.carer_signed_on), p.ref) for p in plans if p.carer_signed_on is not None]
            done: Record | None = min(signed, key=lambda s: s[0]) if signed else None
            about = _placement_words("Placement plan agreed and signed by the carer", placement)
            if done is None and plans:
                about += f": the plan of {fmt(plans[-1].on)} waits for the carer's signature"
            duty = occurrence(
                "R3",
                facts.child_id,
                working_days_after(placement.start, PLACEMENT_WORKING_DAYS),
                about,
                as_of=as_of,
                window_from=None,
                done=done,
                ended=end,
            )
            if duty:
                duties.append(duty)
    return duties


def notification(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R4 notification of placement, CPPCR reg 13: written notice before the placement or, in an emergency, within
    5 working days of its start (to the child, parents, the health body, the GP, the school, the IRO...).

    One per placement: due 5 working days after it starts; satisfied by the earliest notification recorded for it."""
    duties = []
    for span in care_spans(facts):
        for placement, end in placements_in(facts, span):
            sent = next((n for n in facts.notifications if n.placement_id == placement.id), None)
            duty = occurrence(
                "R4",
                facts.child_id,
                working_days_after(placement.start, PLACEMENT_WORKING_DAYS),
                _placement_words("Notification of the placement", placement),
                as_of=as_of,
                window_from=None,
                done=(sent.on, sent.ref) if sent else None,
                ended=end,
            )
            if duty:
                duties.append(duty)
    return duties


def _placement_words(what: str, placement: PlacementFact) -> str:
    return f"{what} within 5 working days of the placement starting on {fmt(placement.start)}"
