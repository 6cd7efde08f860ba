"""A bundle naming register entries this Lantern does not have is imported, not refused: the placement keeps its
carer's name and the match its decision (rank, score, reasons; the ranking kept names the carer), both unlinked,
and the import says so in notes (the report, the command's output, the import's audit row)."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from audit.models import AuditEvent
from bundles.importer import bundle_import_report
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported, wipe_all
from care.models import Placement
from matching.models import PlacementMatch


@pytest.mark.django_db
def test_unknown_register_references_are_imported_unlinked_with_a_note(family: Family) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    wipe_all()

    report = bundle_import_report(data=data)

    placement = Placement.objects.get(pk=data["placements"][1]["id"])
    assert placement.carer_record is None and placement.carer == "Example Carer Household A"
    match = PlacementMatch.objects.get(pk=data["placement_matches"][1]["id"])
    assert match.chosen is None
    assert (match.chosen_rank, match.reasons) == (1, "Trained in missing; close to the new school.")
    assert match.ranking[0]["name"] == "Example Carer Household A"
    paths = [path for path, _ in report.notes]
    assert "$.placements[1].carer_record" in paths and "$.placement_matches[1].chosen" in paths
    assert all(
        "'FC-8001'" in message for path, message in report.notes if "carer" in path or "chosen" in path
    )
    row = AuditEvent.objects.get(action="create", object_type="bundle")
    diff: Any = row.diff
    assert any("$.placements[1].carer_record" in note for note in diff["notes"][1])


@pytest.mark.django_db
def test_the_import_command_prints_the_notes(family: Family, tmp_path: Path) -> None:
    first, _ = exported(family)
    path = tmp_path / "robin.json"
    path.write_text(first, encoding="utf-8")
    wipe_all()
    out = StringIO()

    call_command("import_bundle", str(path), stdout=out)

    assert "Note: $.placements[1].carer_record: no register entry with reference 'FC-8001'" in out.getvalue()
