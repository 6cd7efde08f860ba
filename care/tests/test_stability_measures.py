"""The DfE placement stability measures: 3 or more placements in 12 months; under 16, in care 2.5 years or more,
with the same carer 2 years or more; short breaks excluded; temporary placements not counted."""

from __future__ import annotations

from datetime import date

from care.stability import ChildCare, Stay, placements_in_year, stability, with_same_carer_since

DAY = date(2026, 3, 31)


def _child(
    *stays: Stay, born: date = date(2014, 6, 1), since: date = date(2022, 1, 10), status: str = "C2"
) -> ChildCare:
    return ChildCare("c", born, since, status, stays)


def test_three_moves_in_the_year_count_but_a_hospital_stay_does_not() -> None:
    child = _child(
        Stay("U6", "Carer A", date(2025, 1, 1), date(2025, 6, 1)),
        Stay("T1", "Hospital", date(2025, 6, 1), date(2025, 6, 8)),
        Stay("U6", "Carer B", date(2025, 6, 8), date(2025, 12, 1)),
        Stay("K2", "Home C", date(2025, 12, 1), None),
    )
    assert placements_in_year(child, DAY) == 3
    assert stability([child], DAY).three_or_more == 1


def test_a_placement_that_ended_before_the_year_is_not_counted() -> None:
    child = _child(
        Stay("U6", "Carer A", date(2023, 1, 1), date(2025, 3, 30)),
        Stay("U6", "Carer B", date(2025, 3, 30), None),
    )
    assert placements_in_year(child, DAY) == 1


def test_long_term_stability_joins_consecutive_placements_with_the_same_carer() -> None:
    child = _child(
        Stay("U6", "Carer A", date(2023, 2, 1), date(2024, 5, 1)),
        Stay("U4", "Carer A", date(2024, 5, 1), None),  # became long-term with the same carer
    )
    assert with_same_carer_since(child, DAY) == date(2023, 2, 1)
    result = stability([child], DAY)
    assert (result.long_term_eligible, result.long_term_stable) == (1, 1)
    assert result.long_term_percent == 100.0


def test_a_child_of_16_or_in_care_under_2_and_a_half_years_is_outside_the_long_term_measure() -> None:
    older = _child(Stay("U6", "Carer A", date(2022, 1, 10), None), born=date(2010, 1, 1))
    newer = _child(Stay("U6", "Carer A", date(2024, 1, 10), None), since=date(2024, 1, 10))
    assert stability([older, newer], DAY).long_term_eligible == 0


def test_short_breaks_are_excluded() -> None:
    child = _child(Stay("U6", "Carer A", date(2025, 1, 1), None), status="V3")
    assert stability([child], DAY).looked_after == 0
