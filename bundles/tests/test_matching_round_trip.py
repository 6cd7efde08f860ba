"""Placement matches travel in the bundle with their snapshots as they were (needs, ranking, weights), the decision
(the chosen carer by register reference), the placement it led to and the outcome; the placement's register entry
too. Export, import into an empty database and export again gives the same bytes."""

from __future__ import annotations

import json

import pytest

from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import_report
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported, wipe_all
from care.models import Placement
from chronology.models import ChronologyEntry
from matching.models import PlacementMatch
from people.models import Child


@pytest.mark.django_db
def test_matches_and_register_entries_round_trip(family: Family) -> None:
    first, made = exported(family)
    data = json.loads(first)
    placement = data["placements"][1]
    assert placement["carer_record"] == {
        "reference": "FC-8001",
        "name": "Example Carer Household A",
        "kind": "own_foster",
        "ofsted_urn": None,
    }
    decided = data["placement_matches"][1]
    assert decided["chosen"]["reference"] == "FC-8001" and decided["placement"] == placement["id"]
    assert decided["ranking"][0]["parts"] == [{"words": "trained in missing", "points": 7.5}]
    wipe_all(register=False)

    report = bundle_import_report(data=json.loads(first))

    child = Child.objects.get(pk=report.child.pk)
    assert bundle_dumps(bundle_export(child=child)) == first
    match = PlacementMatch.objects.get(pk=decided["id"])
    assert match.chosen == made["chosen"] and match.placement == Placement.objects.get(pk=placement["id"])
    assert match.reasons == "Trained in missing; close to the new school."
    assert Placement.objects.get(pk=placement["id"]).carer_record == made["chosen"]
    assert report.care_records["placement_matches"] == 2 and report.notes == []
    assert ChronologyEntry.objects.filter(child=child).exists()
