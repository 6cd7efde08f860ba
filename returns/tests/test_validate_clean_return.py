"""A correct one-child return for 2025-26 passes every DfE rule that can run on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from returns.validation import ValidationReport, validate_return

# One invented child, in care from June 2025 in foster care in Hackney (E09000012), with her two first reviews and
# an open social-worker episode. Postcodes are in Hackney: placing authority codes that are not in the
# validator's 2021 authority list (Sheffield's E08000039, say) make rule 169 misfire.
CLEAN_RETURN = {
    "Header.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nLc0001,F,14/02/2014,WBRI,A123456789012,0,\n",
    "Episodes.csv": (
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
        "Lc0001,10/06/2025,S,C2,N1,U4,PR1,,,,E8 1DY,E8 2NS,XXXXXXX\n"
    ),
    "Reviews.csv": (
        "CHILD,DOB,REVIEW,REVIEW_CODE\nLc0001,14/02/2014,04/07/2025,PN1\nLc0001,14/02/2014,02/10/2025,PN1\n"
    ),
    "SWEpisodes.csv": (
        "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\nLc0001,14/02/2014,SW0001,10/06/2025,,OTHERS\n"
    ),
    "Missing.csv": "CHILD,DOB,MISSING,MIS_START,MIS_END\n",
    "UASC.csv": "CHILD,SEX,DOB,DUC\n",
}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ValidationReport:
    directory: Path = tmp_path_factory.mktemp("clean903")
    for name, text in CLEAN_RETURN.items():
        (directory / name).write_text(text, encoding="utf-8")
    return validate_return(directory, 2026)


def test_the_clean_return_has_no_failure(report: ValidationReport) -> None:
    assert report.failures == []
    assert report.failed == 0


def test_every_table_is_recognised_with_its_rows(report: ValidationReport) -> None:
    assert report.ruleset == "lac2025_26"
    assert report.rows == {"Header": 1, "Episodes": 1, "Reviews": 2, "SWEpisodes": 1, "Missing": 0, "UASC": 0}


def test_rules_that_ran_passed_and_the_counts_add_up(report: ValidationReport) -> None:
    assert report.passed > 100
    assert report.rules_run == 316
    assert report.rules_run == report.passed + report.failed + report.crashed_count + report.skipped
    assert report.as_dict()["validator_seconds"] >= 0
