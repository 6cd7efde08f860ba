"""Working days skip weekends and the England and Wales bank holidays."""

from __future__ import annotations

from datetime import date

from duties.working_days import add_working_days, is_working_day, known_until


def test_christmas_and_boxing_day_are_not_working_days() -> None:
    assert not is_working_day(date(2026, 12, 25))
    assert not is_working_day(date(2026, 12, 28))  # Boxing Day falls on a Saturday: the Monday is the holiday
    assert is_working_day(date(2026, 12, 29))


def test_five_working_days_after_a_change_skip_the_weekend_and_holidays() -> None:
    assert add_working_days(date(2026, 11, 27), 5) == date(2026, 12, 4)  # Friday to the next Friday
    assert add_working_days(date(2026, 12, 23), 5) == date(2027, 1, 4)  # over Christmas and New Year


def test_the_calendar_says_how_far_it_knows() -> None:
    assert known_until() >= date(2027, 12, 31)
