"""Personal education plans (statutory-rules.md R22-R24)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from duties.duty import Duty, DutyConfig
from duties.facts import ChildFacts
from duties.rules.calendar import ONE_DAY, Span, birthday, care_spans, first_between, fmt, working_days_after
from duties.rules.occurrence import occurrence

PEP_FROM_AGE = 3  # a PEP is owed from the 3rd birthday...
PEP_UNTIL_AGE = 16  # ...to the day before the 16th
PEP_LOOKBACK_MONTHS = 1
PEP_BEFORE_BIRTHDAY = timedelta(days=31)  # a PEP prepared in the month before the 3rd birthday counts


def pep_anchor(date_of_birth: date, span: Span) -> date | None:
    """The day a PEP became owed in this period: its start when the child was of PEP age then, else the 3rd
    birthday when it falls within the period (a child who turns 3 in care); None when neither."""
    if _of_pep_age(date_of_birth, span.start):
        return span.start
    third = birthday(date_of_birth, PEP_FROM_AGE)
    return third if span.start < third and span.contains(third) else None


def pep_start_due(anchor: date, config: DutyConfig) -> date:
    return working_days_after(anchor, config.pep_start_working_days)


def pep_start(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R22 personal education plan started, CPPCR reg 5(b)(ii) and Sch 1 para 2 (the PEP is part of the care plan),
    with the statutory guidance *Promoting the education of looked-after children* (DfE 2018): available for the
    first review. R24: the timescale is the authority's, DutyConfig.pep_start_working_days (default 20).

    One per period of care, for a child aged 3 to 15 when the period started, due that many working days after the
    start; or, for a child who turns 3 in care, that many working days after the 3rd birthday. Satisfied by the first PEP dated from 1 calendar month before the period started (never one from an
    earlier period of care). Needs a date of birth."""
    if facts.date_of_birth is None:
        return []
    duties = []
    for span in care_spans(facts):
        anchor = pep_anchor(facts.date_of_birth, span)
        if anchor is None or anchor > as_of:
            continue
        low = span.lookback(PEP_LOOKBACK_MONTHS) if anchor == span.start else anchor - PEP_BEFORE_BIRTHDAY
        pep = first_between(facts.peps, low, span.end)
        about = (
            f"Personal education plan in place for the first review, after becoming looked after on {fmt(span.start)}"
            if anchor == span.start
            else f"Personal education plan started on turning 3 on {fmt(anchor)}"
        )
        duty = occurrence(
            "R22",
            facts.child_id,
            pep_start_due(anchor, config),
            about,
            as_of=as_of,
            window_from=low,
            done=(pep.on, pep.ref) if pep else None,
            ended=span.end,
        )
        if duty:
            duties.append(duty)
    return duties


def pep_reviews(facts: ChildFacts, as_of: date, config: DutyConfig) -> list[Duty]:
    """R23 personal education plan reviewed each school term, statutory guidance *Promoting the education of
    looked-after children* (DfE 2018; secondary source).

    For each school term (DutyConfig.school_terms) that starts after the R22 due date, within a period of care, on a
    day the child is aged 3 to 15: a PEP dated within the term, due by the term's last day. Terms are listed once
    they have started (the current term is due until it ends). Needs a date of birth."""
    if facts.date_of_birth is None:
        return []
    duties = []
    from_day = birthday(facts.date_of_birth, PEP_FROM_AGE)
    until_day = birthday(facts.date_of_birth, PEP_UNTIL_AGE)
    for span in care_spans(facts):
        anchor = pep_anchor(facts.date_of_birth, span)
        if anchor is None:
            continue
        after = pep_start_due(anchor, config)
        last_start = min(as_of, span.end or as_of, until_day - ONE_DAY)
        for term_start, term_end in school_terms(config, max(after, from_day).year, last_start.year):
            if term_start <= after or term_start < from_day or term_start > last_start:
                continue
            pep = first_between(
                facts.peps, term_start, term_end if span.end is None else min(term_end, span.end)
            )
            duty = occurrence(
                "R23",
                facts.child_id,
                term_end,
                f"Personal education plan reviewed in the school term from {fmt(term_start)} to {fmt(term_end)}",
                as_of=as_of,
                window_from=term_start,
                done=(pep.on, pep.ref) if pep else None,
                ended=span.end,
            )
            if duty:
                duties.append(duty)
    return duties


def school_terms(config: DutyConfig, first_year: int, last_year: int) -> Iterator[tuple[date, date]]:
    """(first day, last day) of each configured term starting in `first_year` to `last_year`, in date order. A term
    whose end (month, day) comes before its start ends in the next year."""
    terms = []
    for year in range(first_year, last_year + 1):
        for (start_month, start_day), (end_month, end_day) in config.school_terms:
            start = _day(year, start_month, start_day)
            end_year = year if (end_month, end_day) >= (start_month, start_day) else year + 1
            terms.append((start, _day(end_year, end_month, end_day)))
    return iter(sorted(terms))


def _day(year: int, month: int, day: int) -> date:
    """A (month, day) in `year`; 29 February becomes 28 February outside leap years."""
    if (month, day) == (2, 29) and not _leap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _of_pep_age(date_of_birth: date, day: date) -> bool:
    return birthday(date_of_birth, PEP_FROM_AGE) <= day < birthday(date_of_birth, PEP_UNTIL_AGE)
