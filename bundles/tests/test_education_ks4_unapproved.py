"""A placement move in Key Stage 4 recorded without the approval R5 asks (CPPCR 2010 regs 10 and 11) is part of the
child's history: the import keeps it as the record has it, with a note, and raises no alert itself (`lantern
alerts` does)."""

from __future__ import annotations

import json

import pytest

from alerts.models import Alert
from bundles.importer import bundle_import_report
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported, wipe_all
from education.models import SchoolMove


@pytest.mark.django_db
def test_an_unapproved_key_stage_4_move_is_imported_with_a_note(family: Family) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    move = data["school_moves"][0]
    move.update(
        ks4_approved_by="",
        ks4_approver_level="",
        ks4_approved_on=None,
        designated_teacher_consulted_on=None,
        iro_consulted_on=None,
    )
    wipe_all(register=False)

    report = bundle_import_report(data=data)

    saved = SchoolMove.objects.get(pk=move["id"])
    assert saved.ks4_approved_by == "" and saved.placement_id is not None
    notes = dict(report.notes)
    assert "without the approval" in notes["$.school_moves[0].ks4_approved_by"]
    assert not Alert.objects.exists()
