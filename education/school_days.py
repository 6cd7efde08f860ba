"""School days: the working days of duties/working_days.py (Monday to Friday, less the bank holidays of England
and Wales) that fall outside the school holidays.

The school holidays are the authority's term dates, setting LANTERN_SCHOOL_HOLIDAYS (a list of (start, end)
inclusive date pairs). Until the authority sets them there are none, so a school day is a working day: the common
transfer file's 15 school days (The Education (Pupil Information) (England) Regulations 2005 reg 9(3)) are then
counted as 15 working days, which is never later than the true deadline.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from duties.working_days import is_working_day

Holidays = Iterable[tuple[date, date]]


def _in_holidays(day: date, holidays: list[tuple[date, date]]) -> bool:
    return any(start <= day <= end for start, end in holidays)


def is_school_day(day: date, holidays: Holidays = ()) -> bool:
    return is_working_day(day) and not _in_holidays(day, list(holidays))


def add_school_days(day: date, n: int, holidays: Holidays = ()) -> date:
    """The `n`-th school day after `day` (`day` itself is not counted); `day` when n is 0."""
    spans = sorted(holidays)
    current = day
    remaining = n
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current) and not _in_holidays(current, spans):
            remaining -= 1
    return current


def school_days_between(start: date, end: date, holidays: Holidays = ()) -> int:
    """School days after `start` up to and including `end` (0 when end is not after start)."""
    spans = sorted(holidays)
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current) and not _in_holidays(current, spans):
            count += 1
    return count
