"""A bundle with a grade that is not none, low, medium or high is refused whole by the schema, at the grade, and
nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import risk_counts, with_risk


@pytest.mark.django_db
def test_an_unknown_grade_is_refused(bundle: dict[str, Any]) -> None:
    bundle = with_risk(bundle)
    bundle["risk_screenings"][0]["grades"][0]["grade"] = "severe"
    before = risk_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert refused.value.errors == [
        ("$.risk_screenings[0].grades[0].grade", "'severe' is not one of ['none', 'low', 'medium', 'high']")
    ]
    assert risk_counts() == before
