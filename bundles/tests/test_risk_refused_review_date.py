"""A bundle with a screening whose review date is before the date of the screening is refused whole, at the
screening's review_on, with the model's message, and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import risk_counts, with_risk


@pytest.mark.django_db
def test_a_screening_reviewed_before_it_was_made_is_refused(bundle: dict[str, Any]) -> None:
    bundle = with_risk(bundle)
    bundle["risk_screenings"][0]["review_on"] = "2024-04-30"
    before = risk_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert refused.value.errors == [
        (
            "$.risk_screenings[0].review_on",
            "'2024-04-30' is not valid: The review date must be after the date of the screening",
        )
    ]
    assert risk_counts() == before
