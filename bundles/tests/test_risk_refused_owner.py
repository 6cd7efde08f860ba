"""A bundle with a risk plan action that no one owns (neither a worker nor someone named) is refused whole, at the
action's owner, with the model's message, and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import risk_counts, with_risk


@pytest.mark.django_db
def test_an_action_without_an_owner_is_refused(bundle: dict[str, Any]) -> None:
    bundle = with_risk(bundle)
    bundle["risk_actions"][1].update(owner=None, owner_name="", owner_agency="Foster carer")
    before = risk_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert refused.value.errors == [
        ("$.risk_actions[1].owner", "Choose who will do it, or give the name of someone in the network")
    ]
    assert risk_counts() == before
