"""Planted errors are reported with their DfE rule code, the table and row, and the child's local ID."""

from __future__ import annotations

import pytest

from returns.tests.sample_return import CHILD_ROW, EPISODE, EPISODES, HEADER, write_files
from returns.validation import Failure, ValidationReport, validate_return

# Two invented children: Lc0001 is correct; lc0002 has an ethnicity code that does not exist ("XXXX", rule 103)
# and a second episode with a legal status that does not exist ("Z9", rule 144).
PLANTED_RETURN = {
    "Header.csv": HEADER + CHILD_ROW + "lc0002,M,03/09/2012,XXXX,A123456789013,,\n",
    "Episodes.csv": (
        f"{EPISODES}Lc0001,{EPISODE}"
        "lc0002,01/05/2025,S,V2,N4,U4,PR1,01/08/2025,X1,,E8 1DY,E8 2NS,XXXXXXX\n"
        "lc0002,01/08/2025,L,Z9,N4,U4,PR1,,,,E8 1DY,E8 2NS,XXXXXXX\n"
    ),
}


@pytest.fixture(scope="module")
def failures(tmp_path_factory: pytest.TempPathFactory) -> list[Failure]:
    directory = tmp_path_factory.mktemp("planted903")
    report: ValidationReport = validate_return(write_files(directory, PLANTED_RETURN), 2026)
    return report.failures


def test_an_unknown_ethnicity_fails_rule_103_for_that_child(failures: list[Failure]) -> None:
    (failure,) = [f for f in failures if f.rule == "103"]
    assert (failure.child, failure.table, failure.row, failure.line) == ("lc0002", "Header", 2, 3)
    assert failure.columns == ("ETHNIC",)
    assert "ethnicity" in failure.message


def test_an_unknown_legal_status_fails_rule_144_on_that_episode(failures: list[Failure]) -> None:
    (failure,) = [f for f in failures if f.rule == "144"]
    assert (failure.child, failure.table, failure.row) == ("lc0002", "Episodes", 3)
    assert "LS" in failure.columns
    assert failure.file == "Episodes.csv"


def test_the_correct_child_is_not_blamed(failures: list[Failure]) -> None:
    assert {f.child for f in failures} == {"lc0002"}
