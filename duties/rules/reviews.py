"""Looked-after reviews and the independent reviewing officer (statutory-rules.md R13, R14, R29)."""

from __future__ import annotations

from datetime import date

from duties.duty import Duty, DutyConfig
from duties.facts import ChildFacts
from duties.rules.calendar import (
    Span,
    care_spans,
    dated_between,
    first_between,
    first_review,
    fmt,
    months_after,
    working_days_after,
)
from duties.rules.occurrence import Step, occurrence, run_chain

FIRST_REVIEW_WORKING_DAYS = 20
SECOND_REVIEW_MONTHS = 3
LATER_REVIEW_MONTHS = 6
IRO_LOOKBACK_MONTHS = 3


def first_review_due(span: Span) -> date:
    """R13 CPPCR reg 33(1): the first review within 20 working days of the date the child becomes looked after."""
    return working_days_after(span.start, FIRST_REVIEW_WORKING_DAYS)


def reviews(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R13 first review, CPPCR reg 33(1), and R14 later reviews, CPPCR reg 33(2).

    One chain per period of care, counting reviews held within the period. R13: the first review within 20 working
    days of becoming looked after. R14: the second review within 3 calendar months of the first, then each review
    within 6 calendar months of the one before (counted from the date it was actually held, late or not).
    A child who leaves care and returns starts a new chain with a new first review."""
    duties: list[Duty] = []
    for span in care_spans(facts):
        start = fmt(span.start)
        first: Step = (
            "R13",
            first_review_due(span),
            f"First looked-after review within 20 working days of becoming looked after on {start}",
        )

        def follow(last: date, held: int) -> Step:
            if held == 1:
                return (
                    "R14",
                    months_after(last, SECOND_REVIEW_MONTHS),
                    f"Second looked-after review within 3 months of the first review on {fmt(last)}",
                )
            return (
                "R14",
                months_after(last, LATER_REVIEW_MONTHS),
                f"Looked-after review within 6 months of the review on {fmt(last)}",
            )

        records = dated_between(facts.reviews, span.start, span.end)
        duties += run_chain(facts.child_id, first, span.start, records, follow, as_of=as_of, ended=span.end)
    return duties


def iro_appointed(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R29 independent reviewing officer appointed before the first review, Children Act 1989 s25A.

    One per period of care: due on the day the first review was held or, until it is held, the day it is due (R13).
    Satisfied by the first IRO appointment dated from 3 calendar months before the period started (never one from an
    earlier period of care) to its end; an appointment after the due date counts as late."""
    duties = []
    for span in care_spans(facts):
        review = first_review(facts, span)
        if review is not None:
            due, about = (
                review.on,
                f"Independent reviewing officer appointed before the first review on {fmt(review.on)}",
            )
        else:
            due = first_review_due(span)
            about = (
                "Independent reviewing officer appointed before the first review, "
                f"due by {fmt(due)} for the period of care starting on {fmt(span.start)}"
            )
        low = span.lookback(IRO_LOOKBACK_MONTHS)
        appointment = first_between(facts.iro_appointments, low, span.end)
        duty = occurrence(
            "R29",
            facts.child_id,
            due,
            about,
            as_of=as_of,
            window_from=low,
            done=(appointment.on, appointment.ref) if appointment else None,
            ended=span.end,
        )
        if duty:
            duties.append(duty)
    return duties
