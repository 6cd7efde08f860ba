"""`lantern export-903` writes the tables a performance analyst checks: a child placed twice has two episodes (S then
P, the first ending X1 on the day of the move), their review and their missing episode, with the DfE headers."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from care.models import Placement
from care.tests.factories import PlacementFactory
from returns.tables import COLUMNS, tables_for
from returns.tests.factories import MissingEpisodeFactory, ReviewFactory, looked_after

MOVE = datetime.date(2025, 9, 1)


def _read(folder: Path, name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture
def exported(db: Any, tmp_path: Path) -> Path:
    child = looked_after(
        local_id="C0001", person__date_of_birth=datetime.date(2012, 2, 3), person__postcode="zz9 9zz"
    )
    first = Placement.objects.get(child=child)
    first.end_date, first.change_reason = MOVE, "CREQB"
    first.save()
    PlacementFactory(
        child=child, carer="Birch Carer", place="K2", provider="PR4", start_date=MOVE, postcode="ZZ2 2BB"
    )
    ReviewFactory(child=child, held_on=datetime.date(2025, 11, 20), participation="PN6")
    MissingEpisodeFactory(child=child)
    out = tmp_path / "return"
    call_command("export_903", "--year", "2026", "--out", str(out), stdout=None)
    return out


def test_every_table_has_exactly_the_dfe_columns(exported: Path) -> None:
    written = sorted(p.name for p in exported.iterdir())
    assert written == sorted(f"{name}.csv" for name in tables_for(2026))
    assert "SWEpisodes.csv" in written and "DoLo.csv" not in written
    for name in tables_for(2026):
        assert _read(exported, name)[0] == list(COLUMNS[name])


def test_a_child_placed_twice_has_two_episodes_s_then_p(exported: Path) -> None:
    _, episodes = _read(exported, "Episodes")
    assert [
        (e["DECOM"], e["RNE"], e["PLACE"], e["DEC"], e["REC"], e["REASON_PLACE_CHANGE"]) for e in episodes
    ] == [
        ("01/05/2025", "S", "U4", "01/09/2025", "X1", "CREQB"),
        ("01/09/2025", "P", "K2", "", "", ""),
    ]
    assert {(e["CHILD"], e["LS"], e["CIN"], e["HOME_POST"]) for e in episodes} == {
        ("C0001", "C2", "N1", "ZZ9 9ZZ")
    }
    assert [e["PL_POST"] for e in episodes] == ["ZZ1 1AA", "ZZ2 2BB"]


def test_the_header_review_and_missing_rows(exported: Path) -> None:
    assert _read(exported, "Header")[1] == [
        {
            "CHILD": "C0001",
            "SEX": "F",
            "DOB": "03/02/2012",
            "ETHNIC": "WBRI",
            "UPN": "",
            "MOTHER": "0",
            "MC_DOB": "",
        }
    ]
    assert _read(exported, "Reviews")[1] == [
        {"CHILD": "C0001", "DOB": "03/02/2012", "REVIEW": "20/11/2025", "REVIEW_CODE": "PN6"}
    ]
    assert _read(exported, "Missing")[1] == [
        {
            "CHILD": "C0001",
            "DOB": "03/02/2012",
            "MISSING": "M",
            "MIS_START": "03/07/2025",
            "MIS_END": "04/07/2025",
        }
    ]
