"""Working days in England and Wales: Monday to Friday, less the bank holidays.

Statutory time limits in working days (a transfer summary within 5 working days, the duty rules of
statutory-rules.md) count from this calendar. The bank holidays are GOV.UK's (https://www.gov.uk/bank-holidays),
read from the copy the govuk-bank-holidays package ships, so nothing is fetched at run time. Years beyond that copy
count weekdays only: `known_until()` says how far it reaches.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from govuk_bank_holidays.bank_holidays import BankHolidays


@lru_cache(maxsize=1)
def _bank_holidays() -> frozenset[date]:
    calendar = BankHolidays(use_cached_holidays=True)
    return frozenset(h["date"] for h in calendar.get_holidays(division=BankHolidays.ENGLAND_AND_WALES))


def known_until() -> date:
    return date(max(d.year for d in _bank_holidays()), 12, 31)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays()


def add_working_days(start: date, count: int) -> date:
    """The `count`-th working day after `start` (start itself is not counted)."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day
