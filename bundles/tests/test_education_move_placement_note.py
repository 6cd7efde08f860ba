"""A school move for another reason than a placement move that names a placement is imported without it (Lantern
links only a placement move to its placement), and the import says so in its notes rather than dropping it
silently."""

from __future__ import annotations

import json

import pytest

from bundles.importer import bundle_import_report
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported, wipe_all
from education.models import SchoolMove


@pytest.mark.django_db
def test_a_placement_not_kept_with_a_move_is_noted(family: Family) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    move = data["school_moves"][0]
    move["reason"] = "choice"
    wipe_all(register=False)

    report = bundle_import_report(data=data)

    saved = SchoolMove.objects.get(pk=move["id"])
    assert saved.reason == "choice" and saved.placement_id is None
    notes = dict(report.notes)
    assert "imported without its placement" in notes["$.school_moves[0].placement"]
    assert "'choice'" in notes["$.school_moves[0].placement"]


@pytest.mark.django_db
def test_a_placement_move_keeps_its_placement_without_a_note(family: Family) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    wipe_all(register=False)

    report = bundle_import_report(data=data)

    assert SchoolMove.objects.get(pk=data["school_moves"][0]["id"]).placement_id is not None
    assert "$.school_moves[0].placement" not in dict(report.notes)
