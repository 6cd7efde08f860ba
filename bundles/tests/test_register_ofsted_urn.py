"""A placement's register entry travels in the bundle with its Ofsted URN (null when it has none); the schema takes
it, refuses one that is not SC and six digits, and still takes a bundle from before the URN was recorded."""

from __future__ import annotations

import copy
import json

import pytest

from bundles.export import bundle_dumps, bundle_export
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported
from bundles.validation import schema_errors
from care.models import CarerProvider
from people.models import Child


@pytest.mark.django_db
def test_the_entry_travels_with_its_urn_and_the_schema_checks_it(family: Family) -> None:
    before, _ = exported(family)
    assert json.loads(before)["placements"][1]["carer_record"]["ofsted_urn"] is None
    CarerProvider.objects.filter(reference="FC-8001").update(ofsted_urn="SC900001")
    data = json.loads(bundle_dumps(bundle_export(child=Child.objects.get(pk=family.child.pk))))
    assert data["placements"][1]["carer_record"] == {
        "reference": "FC-8001",
        "name": "Example Carer Household A",
        "kind": "own_foster",
        "ofsted_urn": "SC900001",
    }
    assert schema_errors(data) == []

    wrong = copy.deepcopy(data)
    wrong["placements"][1]["carer_record"]["ofsted_urn"] = "SC9001"
    assert [p for p in schema_errors(wrong) if "ofsted_urn" in str(p)]

    older = copy.deepcopy(data)
    del older["placements"][1]["carer_record"]["ofsted_urn"]
    assert schema_errors(older) == []
