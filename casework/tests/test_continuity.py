"""Continuity: social workers counted over 12 and 24 months; a third within 12 months is flagged."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from casework.continuity import Spell, continuity, months_before, workers_within

AS_OF = date(2026, 11, 27)


def test_workers_overlapping_the_window_are_counted_once_each() -> None:
    spells = [
        Spell(1, date(2024, 1, 1), date(2025, 1, 31)),  # ended 22 months ago: in 24 months only
        Spell(2, date(2025, 2, 1), date(2026, 3, 1)),
        Spell(3, date(2026, 3, 2), date(2026, 6, 30)),
        Spell(4, date(2026, 7, 1), None),
        Spell(4, date(2026, 1, 1), date(2026, 1, 2)),  # the same worker twice counts once
    ]
    found = continuity(spells, as_of=AS_OF)
    assert (found.last_12_months, found.last_24_months) == (3, 4)
    assert found.flagged


def test_two_workers_in_a_year_is_not_flagged() -> None:
    found = continuity(
        [Spell(1, date(2025, 1, 1), date(2026, 2, 1)), Spell(2, date(2026, 2, 2), None)], as_of=AS_OF
    )
    assert (found.last_12_months, found.flagged) == (2, False)


def test_months_before_keeps_the_day_where_the_month_has_it() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 11, 27), 24) == date(2024, 11, 27)


@given(
    st.lists(
        st.tuples(st.integers(1, 8), st.dates(date(2020, 1, 1), AS_OF), st.integers(0, 900)), max_size=12
    )
)
def test_24_months_never_counts_fewer_than_12(raw: list[tuple[int, date, int]]) -> None:
    spells = [Spell(w, start, date.fromordinal(start.toordinal() + length)) for w, start, length in raw]
    assert workers_within(spells, as_of=AS_OF, months=24) >= workers_within(spells, as_of=AS_OF, months=12)
