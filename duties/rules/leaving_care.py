"""Eligible children: needs assessment, pathway plan, personal adviser and pathway plan reviews (statutory-rules.md
R25-R27).

Only duties owed while the child is looked after are built. The duties to relevant and former relevant children
(after leaving care, and after 18) under the Care Leavers (England) Regulations 2010 are not: an assessment, plan or
adviser not yet done when the child leaves care lapses here, like every other duty of a period that has ended.
"""

from __future__ import annotations

from datetime import date, timedelta

from duties.duty import Duty, DutyConfig
from duties.facts import ChildFacts, Dated
from duties.rules.calendar import (
    birthday,
    care_spans,
    dated_between,
    first_between,
    fmt,
    months_after,
    months_before,
)
from duties.rules.occurrence import Step, occurrence, run_chain

ELIGIBLE_FROM_AGE = 14
ELIGIBLE_AT_AGE = 16
ADULT_AGE = 18
QUALIFYING_DAYS = 91  # 13 weeks
ASSESSMENT_MONTHS = 3
LOOKBACK_MONTHS = 3
PATHWAY_REVIEW_MONTHS = 6


def eligible_from(facts: ChildFacts, as_of: date) -> date | None:
    """R25 eligible child, CPPCR reg 40: looked after for periods totalling at least 13 weeks (91 days) since the
    14th birthday, and looked after on or after the 16th birthday (before the 18th). Short breaks do not count.

    The day the child became eligible: the first day looked after, from the 16th birthday, on which the days looked
    after since the 14th birthday reach 91. None if that day has not come by `as_of` (or there is no date of birth)."""
    if facts.date_of_birth is None:
        return None
    since = birthday(facts.date_of_birth, ELIGIBLE_FROM_AGE)
    sixteenth = birthday(facts.date_of_birth, ELIGIBLE_AT_AGE)
    last_day = min(birthday(facts.date_of_birth, ADULT_AGE) - timedelta(days=1), as_of)
    counted = 0
    for span in care_spans(facts):
        low = max(span.start, since)
        high = min(span.end or last_day, last_day)
        if high < low:
            continue
        reached = low + timedelta(days=max(QUALIFYING_DAYS - counted - 1, 0))
        day = max(reached, sixteenth)
        if day <= high:
            return day
        counted += (high - low).days + 1
    return None


def leaving_care(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R26 needs assessment, pathway plan and personal adviser, CPPCR regs 41-44 (reg 42 assessment, reg 43 pathway
    plan, reg 44 personal adviser): the assessment complete within 3 calendar months of the 16th birthday or of
    becoming an eligible child if later; the pathway plan follows it and the personal adviser is appointed, here by
    the same date. Codes: "R26" the needs assessment, "R26-plan" the pathway plan, "R26-PA" the personal adviser.
    Each is satisfied by the first record dated from 3 calendar months before the eligibility date (never one from
    an earlier period of care) to the end of the period of care in which the child became eligible.

    R27 pathway plan reviews, Care Leavers (England) Regs 2010 (SI 2010/2571, reg 7): each within 6 calendar months
    of the pathway plan before it (its actual date), while the child is looked after, stopping at the 18th birthday
    (no review is listed that would fall due on or after it)."""
    eligible = eligible_from(facts, as_of)
    if eligible is None or facts.date_of_birth is None:
        return []
    span = next(s for s in care_spans(facts) if s.contains(eligible))
    low = max(months_before(eligible, LOOKBACK_MONTHS), span.floor or date.min)
    due = months_after(eligible, ASSESSMENT_MONTHS)
    sixteenth = birthday(facts.date_of_birth, ELIGIBLE_AT_AGE)
    reason = (
        f"the 16th birthday on {fmt(eligible)}"
        if eligible == sixteenth
        else f"becoming eligible on {fmt(eligible)}"
    )
    adult = birthday(facts.date_of_birth, ADULT_AGE)

    def one(rule: str, what: str, records: tuple[Dated, ...]) -> Duty | None:
        record = first_between(records, low, span.end)
        return occurrence(
            rule,
            facts.child_id,
            due,
            f"{what} within 3 months of {reason}",
            as_of=as_of,
            window_from=low,
            done=(record.on, record.ref) if record else None,
            ended=span.end,
        )

    def follow(last: date, _count: int) -> Step | None:
        next_due = months_after(last, PATHWAY_REVIEW_MONTHS)
        if next_due >= adult:
            return None
        return ("R27", next_due, f"Pathway plan review within 6 months of the pathway plan on {fmt(last)}")

    duties = [
        d
        for d in (
            one("R26", "Needs assessment complete", facts.needs_assessments),
            one("R26-PA", "Personal adviser appointed", facts.personal_advisers),
        )
        if d is not None
    ]
    plans = dated_between(facts.pathway_plans, low, span.end)
    first: Step = ("R26-plan", due, f"Pathway plan within 3 months of {reason}")
    duties += run_chain(facts.child_id, first, low, plans, follow, as_of=as_of, ended=span.end)
    return duties
