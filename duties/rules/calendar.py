"""Dates and facts the duty rules share: calendar months, birthdays, the periods of care that carry duties, and
what held on a given day (legal status, placement, first review).

Pure functions over duties.facts, no ORM. The rule families read facts already trimmed to the day asked about and
sorted by date (known.py: `known_on`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import Protocol, TypeVar

from duties.facts import CarePeriod, ChildFacts, Dated, PlacementFact, Ref
from duties.working_days import add_working_days

SHORT_BREAK_CODES = frozenset({"V3", "V4"})
ONE_DAY = timedelta(days=1)
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def months_after(day: date, months: int) -> date:
    """The same day `months` calendar months later (negative: earlier), clamped to the last day of a shorter month:
    31 Jan + 1 month = 28 Feb (29 Feb in a leap year)."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = _DAYS_IN_MONTH[month0]
    if month0 == 1 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        last = 29
    return date(year, month0 + 1, min(day.day, last))


def months_before(day: date, months: int) -> date:
    return months_after(day, -months)


def birthday(date_of_birth: date, years: int) -> date:
    """The day a child reaches `years` of age. A child born on 29 February counts 28 February in other years."""
    return months_after(date_of_birth, 12 * years)


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt(day: date) -> str:
    """A date as a social worker writes it: 3 Mar 2026 (the same in every locale)."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


@lru_cache(maxsize=8192)
def working_days_after(start: date, count: int) -> date:
    """add_working_days (R17: the England and Wales bank-holiday calendar), remembered: many children share dates."""
    return add_working_days(start, count)


@dataclass(frozen=True)
class Span:
    """A period of care as the rules see it on the day asked about.

    `end` is None while the child is still looked after on that day. `floor` is the day after an earlier period of
    care ended: a record from an earlier period never satisfies a duty of this one, because a child who returns to
    care starts again (new care plan, new health assessment, new first review...)."""

    start: date
    end: date | None
    floor: date | None

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def lookback(self, months: int) -> date:
        """The earliest date a record made in preparation (before the period started) may have."""
        earliest = months_before(self.start, months)
        return earliest if self.floor is None or earliest >= self.floor else self.floor


class _HasOn(Protocol):
    @property
    def on(self) -> date: ...


class _Record(Protocol):
    @property
    def on(self) -> date: ...

    @property
    def ref(self) -> Ref: ...


R = TypeVar("R", bound=_HasOn)
_on = attrgetter("on")


def is_short_break(facts: ChildFacts, period: CarePeriod) -> bool:
    """Every legal status held during the period is V3 or V4 (short breaks). No status recorded: not a short break."""
    held = [
        s.code
        for s in facts.legal_statuses
        if s.start <= (period.end or s.start) and (s.end is None or s.end >= period.start)
    ]
    return bool(held) and all(code in SHORT_BREAK_CODES for code in held)


def care_spans(facts: ChildFacts) -> list[Span]:
    """The periods of care that carry duties, oldest first. Short-break periods (all V3/V4) are left out: short
    breaks have their own regime (CPPCR Part 8), which is not built. A period left open by mistake (or overlapping
    the next) ends the day before the next one starts, so no duty is counted twice."""
    spans: list[Span] = []
    floor: date | None = None
    periods = facts.periods
    for index, period in enumerate(periods):
        end = period.end
        if index + 1 < len(periods) and (end is None or end >= periods[index + 1].start):
            end = periods[index + 1].start - ONE_DAY
        if not is_short_break(facts, period):
            spans.append(Span(period.start, end, floor))
        if end is not None:
            floor = end + ONE_DAY
    return spans


def span_on(facts: ChildFacts, day: date) -> Span | None:
    """The period of care (one that carries duties) that contains `day`."""
    return next((s for s in care_spans(facts) if s.contains(day)), None)


def legal_status_on(facts: ChildFacts, day: date) -> str | None:
    """The legal status held on `day`; on a day of change, the one that started that day."""
    held = [s for s in facts.legal_statuses if s.start <= day and (s.end is None or s.end >= day)]
    return max(held, key=attrgetter("start")).code if held else None


def placement_on(facts: ChildFacts, day: date) -> PlacementFact | None:
    """The placement the child was in on `day`; on a day of change, the one that started that day."""
    held = [p for p in facts.placements if p.start <= day and (p.end is None or p.end >= day)]
    return max(held, key=attrgetter("start")) if held else None


def placements_in(facts: ChildFacts, span: Span) -> list[tuple[PlacementFact, date | None]]:
    """The placements that started within the period, each with the day it ended: never after the period's end,
    and never after the next placement started (a placement left open by mistake ends when the next one starts)."""
    inside = [p for p in facts.placements if span.contains(p.start)]
    found = []
    for index, placement in enumerate(inside):
        end = placement.end
        if index + 1 < len(inside) and (end is None or end > inside[index + 1].start):
            end = inside[index + 1].start
        if span.end is not None and (end is None or end > span.end):
            end = span.end
        found.append((placement, end))
    return found


def first_review(facts: ChildFacts, span: Span) -> Dated | None:
    """The first looked-after review held in the period (the review R13 asks for)."""
    return next((r for r in facts.reviews if span.contains(r.on)), None)


def first_between(records: Iterable[R], low: date, high: date | None) -> R | None:
    """The earliest record dated from `low` to `high` (inclusive; None: no upper limit). Records are sorted."""
    if isinstance(records, tuple | list):
        index = bisect_left(records, low, key=_on)
        record = records[index] if index < len(records) else None
        return record if record is not None and (high is None or record.on <= high) else None
    for record in records:
        if record.on >= low:
            return record if high is None or record.on <= high else None
    return None


def dated_between(records: Iterable[_Record], low: date, high: date | None) -> list[tuple[date, Ref]]:
    """(date, ref) of the sorted records dated from `low` to `high` (inclusive; None: no upper limit)."""
    return [(r.on, r.ref) for r in records if r.on >= low and (high is None or r.on <= high)]


def count_days(spans: Sequence[Span], since: date, until: date) -> int:
    """Days looked after from `since` to `until` (both inclusive), an open period counting up to `until`."""
    total = 0
    for span in spans:
        low = max(span.start, since)
        high = min(span.end or until, until)
        if high >= low:
            total += (high - low).days + 1
    return total
