"""The export refuses a year outside 2000-2100 and a target that exists and is not an empty directory, saying why,
and then writes nothing and audits nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from audit.models import AuditEvent
from returns.tests.factories import looked_after


def _export(year: str, out: Path) -> None:
    call_command("export_903", "--year", year, "--out", str(out), stdout=None)


@pytest.mark.django_db
@pytest.mark.parametrize("year", ["1999", "2101"])
def test_a_year_outside_2000_to_2100_is_refused(tmp_path: Path, year: str) -> None:
    looked_after()
    with pytest.raises(CommandError, match="between 2000 and 2100"):
        _export(year, tmp_path / "return")
    assert not (tmp_path / "return").exists()
    assert not AuditEvent.objects.filter(action="export").exists()


@pytest.mark.django_db
def test_a_directory_with_files_in_it_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    looked_after()
    out = tmp_path / "return"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    with pytest.raises(CommandError, match="not an empty directory"):
        _export("2026", out)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    assert not AuditEvent.objects.filter(action="export").exists()


@pytest.mark.django_db
def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "return"
    out.write_text("a file")
    with pytest.raises(CommandError, match="not an empty directory"):
        _export("2026", out)
    assert out.read_text() == "a file"


@pytest.mark.django_db
def test_an_empty_directory_is_filled_and_no_partial_copy_is_left_beside_it(tmp_path: Path) -> None:
    looked_after()
    out = tmp_path / "return"
    out.mkdir()
    _export("2026", out)
    assert (out / "Episodes.csv").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["return"]


def test_a_date_that_is_not_a_date_is_refused(db: Any, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="--as-of must be a date"):
        call_command("export_903", "--year", "2026", "--out", str(tmp_path / "r"), "--as-of", "31/03/2026")
