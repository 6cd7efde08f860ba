"""Year groups and Key Stage 4 from the date of birth: the age on 31 August before the school year decides the
year group, so a child born on 31 August is the youngest of a year and one born on 1 September the oldest of the
next."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from education.key_stage import in_key_stage_4, key_stage_4_starts, year_group, year_group_label

births = st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2025, 12, 31))
days = st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2045, 12, 31))


def test_the_31_august_and_1_september_birthdays_fall_in_different_years() -> None:
    on = datetime.date(2026, 11, 27)
    assert year_group(datetime.date(2011, 8, 31), on) == 11
    assert year_group(datetime.date(2011, 9, 1), on) == 10
    assert year_group_label(year_group(datetime.date(2021, 10, 1), on)) == "Reception"
    assert in_key_stage_4(datetime.date(2011, 9, 1), on)
    assert not in_key_stage_4(datetime.date(2012, 9, 1), on)  # Year 9


@given(births, days)
def test_the_year_group_is_the_same_all_school_year_and_rises_on_1_september(
    birth: datetime.date, on: datetime.date
) -> None:
    start = datetime.date(on.year if on.month >= 9 else on.year - 1, 9, 1)
    end = datetime.date(start.year + 1, 8, 31)
    assert year_group(birth, on) == year_group(birth, start) == year_group(birth, end)
    assert year_group(birth, datetime.date(start.year + 1, 9, 1)) == year_group(birth, on) + 1


@given(births)
def test_key_stage_4_is_exactly_two_school_years_from_its_first_day(birth: datetime.date) -> None:
    first = key_stage_4_starts(birth)
    assert year_group(birth, first) == 10
    assert not in_key_stage_4(birth, first - datetime.timedelta(days=1))
    assert in_key_stage_4(birth, first)
    assert in_key_stage_4(birth, datetime.date(first.year + 2, 8, 31))
    assert not in_key_stage_4(birth, datetime.date(first.year + 2, 9, 1))
