"""School days: the working days (no weekends, no bank holidays of England and Wales) outside the authority's
school holidays; with no holidays set they are the working days."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from duties.working_days import add_working_days
from education.records import records_due
from education.school_days import add_school_days, is_school_day, school_days_between

days = st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2030, 12, 31))
counts = st.integers(min_value=0, max_value=60)
holiday_lists = st.lists(
    st.tuples(days, st.integers(min_value=0, max_value=20)).map(
        lambda p: (p[0], p[0] + datetime.timedelta(days=p[1]))
    ),
    max_size=4,
)


def test_the_christmas_holiday_and_the_bank_holidays_are_not_school_days() -> None:
    christmas = [(datetime.date(2026, 12, 21), datetime.date(2027, 1, 1))]
    # Friday 18 Dec 2026: the 15 school days are 4 Jan to 22 Jan 2027.
    assert add_school_days(datetime.date(2026, 12, 18), 15, christmas) == datetime.date(2027, 1, 22)
    # With no holidays set: working days, less Christmas Day, Boxing Day (moved to Monday 28th) and New Year's Day.
    assert records_due(datetime.date(2026, 12, 18)) == datetime.date(2027, 1, 13)


@given(days, counts)
def test_without_holidays_school_days_are_working_days(day: datetime.date, n: int) -> None:
    assert add_school_days(day, n) == add_working_days(day, n)


@given(days, counts, holiday_lists)
def test_the_nth_school_day_is_a_school_day_with_n_school_days_up_to_it(
    day: datetime.date, n: int, holidays: list[tuple[datetime.date, datetime.date]]
) -> None:
    found = add_school_days(day, n, holidays)
    assert school_days_between(day, found, holidays) == n
    if n:
        assert found > day and is_school_day(found, holidays)
    else:
        assert found == day
