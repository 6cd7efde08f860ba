"""A rule that crashes inside the validator is reported as crashed, with its error, and never counted as passed."""

from __future__ import annotations

from returns.validation import validate_return

ONE_CHILD = {
    "Header.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nLc0001,F,14/02/2014,WBRI,A123456789012,0,\n",
    "Episodes.csv": (
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
        "Lc0001,10/06/2025,S,C2,N1,U4,PR1,,,,E8 1DY,E8 2NS,XXXXXXX\n"
    ),
}


def test_rule_233_crashes_and_is_not_passed(tmp_path) -> None:
    for name, text in ONE_CHILD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")

    report = validate_return(tmp_path, 2026)

    crashed = {c.rule: c for c in report.crashed}
    # csc-validator-be-903 0.1.17: rule 233 reads a column, DATE_EPISODE_CEASED, that its Episodes table lacks.
    assert "233" in crashed
    assert "DATE_EPISODE_CEASED" in crashed["233"].error
    assert crashed["233"].message.startswith("Reason for placement change")
    assert "233" not in report.passed_rules + report.failed_rules + report.skipped_rules
    assert report.crashed_count == len(report.crashed)
    assert [c["rule"] for c in report.as_dict()["crashed"]] == [c.rule for c in report.crashed]
