"""A rule that crashes inside the validator is reported as crashed, with its error, and never counted as passed."""

from __future__ import annotations

from returns.tests.sample_return import ONE_CHILD, write_files
from returns.validation import validate_return


def test_rule_233_crashes_and_is_not_passed(tmp_path) -> None:
    report = validate_return(write_files(tmp_path, ONE_CHILD), 2026)

    crashed = {c.rule: c for c in report.crashed}
    # csc-validator-be-903 0.1.17: rule 233 reads a column, DATE_EPISODE_CEASED, that its Episodes table lacks.
    assert "233" in crashed
    assert "DATE_EPISODE_CEASED" in crashed["233"].error
    assert crashed["233"].message.startswith("Reason for placement change")
    assert "233" not in report.passed_rules + report.failed_rules + report.skipped_rules
    assert report.crashed_count == len(report.crashed)
    assert [c["rule"] for c in report.as_dict()["crashed"]] == [c.rule for c in report.crashed]
