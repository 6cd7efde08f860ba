"""A bundle with an indicator graded above none without its evidence is refused whole, as screening_save refuses
it (with its message), at the grade's evidence, and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import risk_counts, with_risk
from risk.indicators import indicators


@pytest.mark.django_db
def test_a_high_grade_without_evidence_is_refused(bundle: dict[str, Any]) -> None:
    bundle = with_risk(bundle)
    bundle["risk_screenings"][0]["grades"][1].update(grade="high", evidence="  ")
    before = risk_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    label = next(i.label for i in indicators() if i.code == "school_absence")
    assert refused.value.errors == [
        ("$.risk_screenings[0].grades[1].evidence", f"Give the evidence for grading “{label}” as high")
    ]
    assert risk_counts() == before
