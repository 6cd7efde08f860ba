"""OC3 comes from the care leavers' birthday records: a young person whose 17th to 21st birthday falls in the year is
in the Header (without motherhood details when not looked after in it) and has one OC3 row with what was known then;
answers not reported are "0"; an 18-year-old who left care on their birthday is not reported; the exported return
passes every OC3 rule of the DfE validator."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from casework.tests.factories_care_leaver import CareLeaverOutcomeFactory
from returns.export import export_903
from returns.tables import build_return
from returns.tests.factories import looked_after
from returns.validation import validate_return

D = datetime.date
OC3_RULES = {
    "131", "132", "133", "153", "344", "345", "347", "348", "391", "628", "1000", "1001", "1002", "1007",
    "1011", "1012", "1014", "1016", "3001", "INT06", "INT15", "INT34",
}  # fmt: skip


def _leaver(local_id: str, born: datetime.date, left: datetime.date) -> object:
    return looked_after(
        local_id=local_id, start=D(2022, 1, 10), end=left, end_reason="E5", person__date_of_birth=born
    )


@pytest.mark.django_db
def test_care_leavers_of_the_year_are_in_the_header_and_oc3() -> None:
    nineteen = _leaver("L19", D(2006, 5, 10), D(2024, 5, 10))
    CareLeaverOutcomeFactory(child=nineteen, birthday=D(2025, 5, 10), activity="F4", accommodation="U1")
    silent = _leaver("L20", D(2005, 2, 3), D(2023, 2, 3))
    CareLeaverOutcomeFactory(
        child=silent, birthday=D(2025, 2, 3), in_touch="NO", activity="", accommodation=""
    )
    CareLeaverOutcomeFactory(
        child=silent, birthday=D(2026, 2, 3), in_touch="REFU", activity="", accommodation=""
    )
    result = build_return(2026)
    assert [(r["CHILD"], r["IN_TOUCH"], r["ACTIV"], r["ACCOM"]) for r in result.rows["OC3"]] == [
        ("L19", "YES", "F4", "U1"),
        ("L20", "REFU", "0", "0"),
    ]
    header = {r["CHILD"]: r for r in result.rows["Header"]}
    assert set(header) == {"L19", "L20"}
    assert header["L19"]["DOB"] == "10/05/2006"
    assert (header["L20"]["MOTHER"], header["L20"]["MC_DOB"]) == ("", "")
    assert result.rows["Episodes"] == []


@pytest.mark.django_db
def test_an_eighteen_year_old_who_left_care_on_the_birthday_is_not_reported() -> None:
    left_on_the_day = _leaver("L18", D(2007, 9, 1), D(2025, 9, 1))
    CareLeaverOutcomeFactory(child=left_on_the_day, birthday=D(2025, 9, 1))
    assert build_return(2026).rows["OC3"] == []


@pytest.mark.django_db
def test_the_exported_oc3_passes_every_oc3_rule(tmp_path: Path) -> None:
    looked_after(local_id="C1", start=D(2025, 5, 1), person__date_of_birth=D(2012, 1, 1))
    nineteen = _leaver("L19", D(2006, 5, 10), D(2024, 5, 10))
    CareLeaverOutcomeFactory(child=nineteen, birthday=D(2025, 5, 10), activity="G6", accommodation="E2")
    home = _leaver("L21", D(2004, 11, 20), D(2022, 11, 20))
    CareLeaverOutcomeFactory(
        child=home, birthday=D(2025, 11, 20), in_touch="RHOM", activity="", accommodation=""
    )
    export_903(out=tmp_path / "r2026", end_year=2026)
    report = validate_return(tmp_path / "r2026", 2026)
    assert report.rows["OC3"] == 2
    assert [(f.rule, f.child) for f in report.failures if f.rule in OC3_RULES] == []
    assert [(f.rule, f.child) for f in report.failures if f.child in ("L19", "L21")] == []
