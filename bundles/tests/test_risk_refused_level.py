"""A bundle whose screening states a level other than the one its grades give (by the rule of risk/levels.py, as
screening_save works it out) is refused whole, at the level, and nothing is written: a record cannot arrive
saying low when its grades say high."""

from __future__ import annotations

from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import risk_counts, with_risk


@pytest.mark.django_db
def test_a_level_the_grades_do_not_give_is_refused(bundle: dict[str, Any]) -> None:
    bundle = with_risk(bundle)
    bundle["risk_screenings"][0].update(indicated_level="medium", level="low", referral_required=False)
    before = risk_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert refused.value.errors == [
        (
            "$.risk_screenings[0].level",
            "'low' is not valid: the grades and any level raised on professional judgement give medium",
        )
    ]
    assert risk_counts() == before
