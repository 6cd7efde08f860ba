"""The seed writes only placement types valid in the SSDA903 return when the placement was open: never Z1 (replaced
by Z11-Z14 from 1 April 2025, rule 146), P2 (invalid from 28 October 2023, rule 217t) or H5 (replaced by K3)."""

from __future__ import annotations

from datetime import date

from synthetic.tests.missing_built import built

RETIRED = {"Z1": date(2025, 4, 1), "P2": date(2023, 10, 28), "H5": date(2023, 10, 28)}


def test_no_placement_open_after_its_code_was_retired() -> None:
    placements = built().placements
    assert placements
    for p in placements:
        retired = RETIRED.get(p.place)
        assert retired is None or (p.end_date is not None and p.end_date < retired), p
