"""A register entry the bundle names by a reference this Lantern does not use is found by its kind and name (the same
carer under this authority's reference): the placement and the match are linked to it, and the import says so; two
entries of that kind and name are not told apart, and the records are kept unlinked with a note."""

from __future__ import annotations

import json

import pytest

from bundles.importer import bundle_import_report
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported, wipe_all
from care.models import CarerKind, Placement
from care.tests.factories import CarerProviderFactory
from matching.models import PlacementMatch


@pytest.mark.django_db
def test_an_entry_with_another_reference_is_linked_by_kind_and_name(family: Family) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    wipe_all()
    ours = CarerProviderFactory(
        reference="OURS-17", name="Example Carer Household A", kind=CarerKind.OWN_FOSTER
    )
    CarerProviderFactory(reference="OURS-18", name="Example Carer Household A", kind=CarerKind.CHILDRENS_HOME)

    report = bundle_import_report(data=data)

    assert Placement.objects.get(pk=data["placements"][1]["id"]).carer_record == ours
    assert PlacementMatch.objects.get(pk=data["placement_matches"][1]["id"]).chosen == ours
    notes = dict(report.notes)
    for path in ("$.placements[1].carer_record", "$.placement_matches[1].chosen"):
        assert "the one entry of that kind and name" in notes[path] and "OURS-17" in notes[path]


@pytest.mark.django_db
def test_two_entries_of_that_kind_and_name_are_not_linked(family: Family) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    wipe_all()
    for reference in ("OURS-17", "OURS-19"):
        CarerProviderFactory(reference=reference, name="Example Carer Household A", kind=CarerKind.OWN_FOSTER)

    report = bundle_import_report(data=data)

    assert Placement.objects.get(pk=data["placements"][1]["id"]).carer_record is None
    assert PlacementMatch.objects.get(pk=data["placement_matches"][1]["id"]).chosen is None
    notes = dict(report.notes)
    for path in ("$.placements[1].carer_record", "$.placement_matches[1].chosen"):
        assert "several entries of that kind are named 'Example Carer Household A'" in notes[path]
