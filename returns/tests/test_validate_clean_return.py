"""A correct one-child return for 2025-26 passes every DfE rule that can run on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from returns.tests.sample_return import ONE_CHILD, write_files
from returns.validation import ValidationReport, validate_return

# The sample child (returns/tests/sample_return.py) with her two first reviews and an open social-worker episode.
CLEAN_RETURN = {
    **ONE_CHILD,
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
    return validate_return(write_files(directory, CLEAN_RETURN), 2026)


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
