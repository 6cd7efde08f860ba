"""A CSV whose header matches no 903 table is refused, naming the file, before any rule runs."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from returns.tests.sample_return import CHILD_ROW
from returns.tests.sample_return import HEADER as HEADER_LINE
from returns.validation import RefusedInput, validate_return

HEADER = HEADER_LINE + CHILD_ROW


def test_an_unknown_header_is_refused_naming_the_file(tmp_path) -> None:
    (tmp_path / "Header.csv").write_text(HEADER, encoding="utf-8")
    (tmp_path / "placements_extra.csv").write_text(
        "CHILD,CARER,START\nLc0001,X,01/01/2025\n", encoding="utf-8"
    )

    with pytest.raises(RefusedInput, match=r"placements_extra\.csv: its header .* matches no SSDA903 table"):
        validate_return(tmp_path, 2026)


def test_two_files_of_one_table_are_refused(tmp_path) -> None:
    (tmp_path / "Header.csv").write_text(HEADER, encoding="utf-8")
    (tmp_path / "header_copy.csv").write_text(HEADER, encoding="utf-8")

    with pytest.raises(RefusedInput, match=r"header_copy\.csv: a second Header table"):
        validate_return(tmp_path, 2026)


def test_the_command_exits_2_on_a_refused_input(tmp_path, capsys) -> None:
    (tmp_path / "notes.csv").write_text("A,B\n1,2\n", encoding="utf-8")

    with pytest.raises(SystemExit) as exited:
        call_command("validate_903", str(tmp_path), "--year", "2026")

    assert exited.value.code == 2
    assert "notes.csv" in capsys.readouterr().err
