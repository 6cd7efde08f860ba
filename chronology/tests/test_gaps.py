"""Gaps: long periods with nothing recorded, found without the database."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from chronology.gaps import Gap, find_gaps, interleave

D = datetime.date


def test_a_silence_of_the_threshold_or_more_is_a_gap() -> None:
    gaps = find_gaps([D(2024, 1, 1), D(2024, 1, 20), D(2024, 6, 1)], min_days=56)
    assert gaps == [Gap(D(2024, 1, 21), D(2024, 5, 31), 132)]
    assert find_gaps([D(2024, 1, 1), D(2024, 2, 27)], min_days=56) == [Gap(D(2024, 1, 2), D(2024, 2, 26), 56)]
    assert find_gaps([D(2024, 1, 1), D(2024, 2, 26)], min_days=56) == []


@given(st.lists(st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 1, 1)), max_size=40), st.integers(1, 400))
def test_no_recorded_day_falls_in_a_gap_and_every_gap_is_long_enough(
    days: list[datetime.date], min_days: int
) -> None:
    for gap in find_gaps(days, min_days=min_days):
        assert gap.days >= min_days
        assert (gap.end - gap.start).days + 1 == gap.days
        assert not any(gap.start <= day <= gap.end for day in days)


class _E:
    def __init__(self, day: datetime.date) -> None:
        self.occurred_on = day
        self.occurred_until = None


def test_gaps_sit_between_the_entries_they_separate() -> None:
    first, second = _E(D(2024, 1, 1)), _E(D(2024, 6, 1))
    gap = Gap(D(2024, 1, 2), D(2024, 5, 31), 151)
    assert interleave([first, second], [gap]) == [("entry", first), ("gap", gap), ("entry", second)]
