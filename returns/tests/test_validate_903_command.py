"""`lantern validate-903 DIR --year 2026 [--json]`: the summary and each failure; exit 0 clean, 1 on failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from returns.tests.sample_return import EPISODE, EPISODES, HEADER


def write_return(directory: Path, ethnicity: str) -> Path:
    (directory / "Header.csv").write_text(
        f"{HEADER}Lc0001,F,14/02/2014,{ethnicity},A123456789012,0,\n", encoding="utf-8"
    )
    (directory / "Episodes.csv").write_text(f"{EPISODES}Lc0001,{EPISODE}", encoding="utf-8")
    return directory


def test_a_clean_return_prints_a_summary_and_exits_0(tmp_path, capsys) -> None:
    call_command("validate_903", str(write_return(tmp_path, "WBRI")), "--year", "2026")

    out = capsys.readouterr().out
    assert "collection year 2026 (lac2025_26)" in out
    assert "0 failed" in out
    assert "CRASHED rule 233" in out
    assert "No failures." in out


def test_failures_print_as_json_and_exit_1(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        call_command("validate_903", str(write_return(tmp_path, "XXXX")), "--year", "2026", "--json")

    assert exited.value.code == 1
    report = json.loads(capsys.readouterr().out)
    assert {
        "rule": "103",
        "child": "Lc0001",
        "table": "Header",
        "row": 1,
        "line": 2,
        "columns": ["ETHNIC"],
        "file": "Header.csv",
        "message": "The ethnicity code is either not valid or has not been entered.",
    } in report["failures"]
    assert report["rules"]["failed"] >= 1
    assert "233" in [c["rule"] for c in report["crashed"]]
