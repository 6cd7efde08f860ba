"""Health assessments and the strengths and difficulties questionnaire (statutory-rules.md R18-R21)."""

from __future__ import annotations

from datetime import date

from duties.duty import Duty, DutyConfig
from duties.facts import ChildFacts
from duties.rules.calendar import (
    birthday,
    care_spans,
    dated_between,
    first_between,
    fmt,
    months_after,
    working_days_after,
)
from duties.rules.occurrence import Step, run_chain

INITIAL_WORKING_DAYS = 20
INITIAL_LOOKBACK_MONTHS = 3
UNDER_FIVE_MONTHS = 6
FIVE_AND_OVER_MONTHS = 12
SDQ_FROM_AGE = 4
SDQ_UNTIL_AGE = 17  # "aged 4-16": up to the day before the 17th birthday
SDQ_MONTHS = 12


def health_assessments(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R19 initial health assessment: R18 CPPCR reg 7 (before the first placement or, if not practicable, before the
    first review, unless one was done in the previous 3 months) read with R19 the statutory guidance *Promoting the
    health and well-being of looked-after children* (DfE/DH, March 2015): within 20 working days of becoming looked
    after, in time for the first review. Satisfied by an initial assessment dated from 3 calendar months before the
    period started (never one from an earlier period of care: a child who returns to care gets a new one).

    R20 review health assessments, CPPCR reg 7: at least every 6 months before the 5th birthday, at least every 12
    months after. Read as: the next is due 6 calendar months after the last assessment if that date falls before the
    5th birthday, otherwise 12 months after it. So a child assessed at 4 years 3 months is next due at 4 years 9
    months, and one assessed at 4 years 9 months is next due at 5 years 9 months. The chain starts only once the
    initial assessment is done; a review (or another initial) assessment satisfies each occurrence. Without a date of
    birth the 6-month interval applies (the stricter one)."""
    duties: list[Duty] = []
    fifth = birthday(facts.date_of_birth, 5) if facts.date_of_birth else None
    for span in care_spans(facts):
        low = span.lookback(INITIAL_LOOKBACK_MONTHS)
        first: Step = (
            "R19",
            working_days_after(span.start, INITIAL_WORKING_DAYS),
            f"Initial health assessment within 20 working days of becoming looked after on {fmt(span.start)}",
        )

        def follow(last: date, _count: int) -> Step:
            due = months_after(last, UNDER_FIVE_MONTHS)
            if fifth is None or due < fifth:
                return (
                    "R20",
                    due,
                    f"Review health assessment within 6 months of the assessment on {fmt(last)} (under 5)",
                )
            due = months_after(last, FIVE_AND_OVER_MONTHS)
            return ("R20", due, f"Review health assessment within 12 months of the assessment on {fmt(last)}")

        initial = first_between((h for h in facts.health if h.kind == "initial"), low, span.end)
        records = []
        if initial is not None:
            later = (h for h in facts.health if h.kind in ("initial", "review") and h.on > initial.on)
            records = [(initial.on, initial.ref), *dated_between(later, low, span.end)]
        duties += run_chain(facts.child_id, first, low, records, follow, as_of=as_of, ended=span.end)
    return duties


def sdq(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R21 strengths and difficulties questionnaire: one a year for children aged 4-16, statutory guidance
    *Promoting the health and well-being of looked-after children* (DfE/DH, March 2015); reported in the SSDA903
    OC2 table.

    Per period of care: the first is due 12 calendar months after the later of the period's start and the 4th
    birthday (listed once that day has come), then 12 months after the last one. The chain stops when the next due
    date would fall on or after the 17th birthday. Needs a date of birth."""
    if facts.date_of_birth is None:
        return []
    fourth = birthday(facts.date_of_birth, SDQ_FROM_AGE)
    seventeenth = birthday(facts.date_of_birth, SDQ_UNTIL_AGE)
    questionnaires = [h for h in facts.health if h.kind == "sdq"]
    duties: list[Duty] = []
    for span in care_spans(facts):
        since = max(span.start, fourth)
        first_due = months_after(since, SDQ_MONTHS)
        if since > as_of or first_due >= seventeenth:
            continue
        why = "the 4th birthday" if since == fourth and since > span.start else "becoming looked after"
        first: Step = (
            "R21",
            first_due,
            f"Strengths and difficulties questionnaire within 12 months of {why} on {fmt(since)}",
        )

        def follow(last: date, _count: int) -> Step | None:
            due = months_after(last, SDQ_MONTHS)
            if due >= seventeenth:
                return None
            return (
                "R21",
                due,
                f"Strengths and difficulties questionnaire within 12 months of the one on {fmt(last)}",
            )

        records = dated_between(questionnaires, since, span.end)
        duties += run_chain(facts.child_id, first, since, records, follow, as_of=as_of, ended=span.end)
    return duties
