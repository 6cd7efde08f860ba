"""A bundle with an escalation asked for on a strategy discussion without dissent is refused whole, as
strategy_discussion_escalate refuses it (with its message), at escalation_requested, and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import risk_counts, with_risk


@pytest.mark.django_db
def test_an_escalation_without_dissent_is_refused(bundle: dict[str, Any]) -> None:
    bundle = with_risk(bundle)
    bundle["strategy_discussions"][0]["participants"][1]["dissent"] = ""
    before = risk_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert refused.value.errors == [
        (
            "$.strategy_discussions[0].escalation_requested",
            "There is no dissent recorded on this decision to escalate",
        )
    ]
    assert risk_counts() == before
