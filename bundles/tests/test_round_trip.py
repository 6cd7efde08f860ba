"""Export, import into an empty database, export again: the same bytes."""

from __future__ import annotations

import json

import pytest

from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import
from bundles.tests.conftest import Family, wipe_records
from people.models import Child, Person


@pytest.mark.django_db
def test_export_import_export_is_byte_identical(family: Family) -> None:
    first = bundle_dumps(bundle_export(child=family.child))
    wipe_records()
    assert not Person.objects.exists()

    imported = bundle_import(data=json.loads(first), source="round-trip.json")

    assert imported.local_id == "900001"
    second = bundle_dumps(bundle_export(child=Child.objects.get(pk=imported.pk)))
    assert second == first
    assert "Zoë" in second  # UTF-8 kept, not \u-escaped
    story = json.loads(second)
    assert [n["subject"] for n in story["case_notes"]] == ["Visit", "Went missing overnight"]
    assert {a["impact"] for a in story["chronology_analysis"]} >= {"Fourth worker in three years"}
    assert [e["what_happened"] for e in story["chronology"] if e["import"]] == ["Dental check"]
    assert story["transfer_summaries"][0]["not_in_record"] == "Scared of dogs"
