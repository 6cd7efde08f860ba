"""`lantern export-bundle` and `lantern import-bundle`, through call_command."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from audit.models import AuditEvent
from bundles.tests.conftest import Family, wipe_records
from people.models import Child, Person


@pytest.mark.django_db
def test_export_writes_the_bundle_and_an_audit_row(family: Family, tmp_path: Path) -> None:
    out = StringIO()
    call_command("export_bundle", "900001", stdout=out)
    by_uuid = tmp_path / "robin.json"
    call_command("export_bundle", str(family.child.pk), "--out", str(by_uuid), stdout=StringIO())

    assert json.loads(out.getvalue())["child"]["local_id"] == "900001"
    assert by_uuid.read_text(encoding="utf-8") == out.getvalue()
    rows = AuditEvent.objects.filter(action="export", object_type="child", child_id=family.child.pk)
    assert [row.reason for row in rows] == ["case bundle export", "case bundle export"]


@pytest.mark.django_db
def test_export_of_an_unknown_child_fails() -> None:
    with pytest.raises(CommandError, match="No child"):
        call_command("export_bundle", "nobody", stdout=StringIO())


@pytest.mark.django_db
def test_import_prints_the_child_and_the_accounts_it_created(family: Family, tmp_path: Path) -> None:
    path = tmp_path / "robin.json"
    call_command("export_bundle", "900001", "--out", str(path), stdout=StringIO())
    wipe_records()
    out = StringIO()

    call_command("import_bundle", str(path), stdout=out)

    child = Child.objects.get(local_id="900001")
    assert f"Imported child 900001 (Robin Fictional), id {child.pk}" in out.getvalue()
    assert "Created inactive user 'wendy'" in out.getvalue()
    row = AuditEvent.objects.get(action="create", object_type="bundle")
    assert (row.child_id, row.reason) == (child.pk, f"case bundle import from {path}")


@pytest.mark.django_db
def test_import_json_output(bundle: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "ash.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    out = StringIO()

    call_command("import_bundle", str(path), "--json", stdout=out)

    result = json.loads(out.getvalue())
    assert result["ok"] is True
    assert result["child"]["local_id"] == "B00001"
    assert result["created_users"] == ["newworker"]


@pytest.mark.django_db
def test_refused_import_lists_the_errors_one_per_line(bundle: dict[str, Any], tmp_path: Path) -> None:
    bundle["people"][0]["sex"] = "X"
    bundle["people"][1]["nhs_number"] = "123"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")

    with pytest.raises(CommandError) as refused:
        call_command("import_bundle", str(path), stdout=StringIO())

    lines = str(refused.value).splitlines()
    assert lines[1].startswith("$.people[0].sex: 'X' is not one of")
    assert lines[2].startswith("$.people[1].nhs_number: '123' is not valid")
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_refused_import_as_json(bundle: dict[str, Any], tmp_path: Path) -> None:
    del bundle["people"][1]["surname"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    out = StringIO()

    with pytest.raises(CommandError):
        call_command("import_bundle", str(path), "--json", stdout=out)

    assert json.loads(out.getvalue()) == {
        "ok": False,
        "errors": [{"path": "$.people[1].surname", "message": "is required but missing"}],
    }


@pytest.mark.django_db
def test_import_of_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not json", encoding="utf-8")

    with pytest.raises(CommandError, match="is not a JSON document"):
        call_command("import_bundle", str(path), stdout=StringIO())
