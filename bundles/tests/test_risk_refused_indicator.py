"""A bundle with a grade for an indicator that is not one of the screening's (risk/indicators.py) is refused whole,
at the grade's indicator, naming the indicators there are, and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import risk_counts, with_risk
from risk.indicators import indicators


@pytest.mark.django_db
def test_a_grade_of_an_unknown_indicator_is_refused(bundle: dict[str, Any]) -> None:
    bundle = with_risk(bundle)
    bundle["risk_screenings"][0]["grades"][1]["indicator"] = "gang_tattoos"
    before = risk_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    codes = ", ".join(i.code for i in indicators())
    assert refused.value.errors == [
        (
            "$.risk_screenings[0].grades[1].indicator",
            f"'gang_tattoos' is not valid: not an indicator of the screening ({codes})",
        )
    ]
    assert risk_counts() == before
