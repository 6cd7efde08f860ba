"""Continuity of social workers: how many a child has had in the last 12 and 24 months.

A pure module (no ORM). The Child R review counted 10 social workers in two years and found knowledge lost at every
change (learning points 2 and 3); a child on a third social worker within 12 months is flagged to the manager.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

THIRD_WORKER = 3


def months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last_day = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]
    return date(year, month + 1, min(day.day, last_day))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


@dataclass(frozen=True)
class Spell:
    worker_id: int
    start: date
    end: date | None


def workers_within(spells: Iterable[Spell], *, as_of: date, months: int) -> int:
    """Distinct social workers allocated at any time in the `months` up to and including `as_of`."""
    since = months_before(as_of, months)
    return len({s.worker_id for s in spells if s.start <= as_of and (s.end is None or s.end >= since)})


@dataclass(frozen=True)
class Continuity:
    last_12_months: int
    last_24_months: int

    @property
    def flagged(self) -> bool:
        """A third social worker (or more) within 12 months."""
        return self.last_12_months >= THIRD_WORKER


def continuity(spells: Iterable[Spell], *, as_of: date) -> Continuity:
    listed = list(spells)
    return Continuity(
        workers_within(listed, as_of=as_of, months=12), workers_within(listed, as_of=as_of, months=24)
    )
