"""OC2 comes whole from the record: substance misuse and its interventions from the health record, CONVICTED from the
youth justice outcomes for children aged 10 or over, the health items always 0 or 1, HEALTH_CHECK only under 5, and
the SDQ score or reason by the age rules; the exported return passes every OC2 rule of the DfE validator."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from casework.tests.factories_youth_justice import YouthJusticeOutcomeFactory
from health.tests.factories import HealthCheckFactory, SubstanceMisuseFactory
from returns.export import export_903
from returns.tables import build_return
from returns.tests.factories import looked_after
from returns.validation import validate_return

D = datetime.date
START = D(2024, 6, 1)  # looked after all through 2025-26
OC2_RULES = {
    "157", "158", "159", "180", "181", "182", "185", "186", "187", "188", "189", "190", "191", "192", "193",
    "196", "197B", "197a", "198", "215", "542", "543", "544", "545", "546", "547", "1012",
}  # fmt: skip


def _rows() -> dict[str, dict[str, str]]:
    return {r["CHILD"]: r for r in build_return(2026).rows["OC2"]}


def _child(local_id: str, born: datetime.date) -> object:
    return looked_after(local_id=local_id, start=START, person__date_of_birth=born)


@pytest.mark.django_db
def test_substance_misuse_and_its_interventions_come_from_the_health_record() -> None:
    received = _child("S1", D(2010, 5, 1))
    SubstanceMisuseFactory(
        child=received, intervention_offered_on=D(2025, 6, 9), intervention_received_on=D(2025, 6, 23)
    )
    refused = _child("S2", D(2010, 5, 1))
    SubstanceMisuseFactory(child=refused, intervention_offered_on=D(2025, 6, 9))
    not_offered = _child("S3", D(2010, 5, 1))
    SubstanceMisuseFactory(child=not_offered)
    resolved = _child("S4", D(2010, 5, 1))
    SubstanceMisuseFactory(child=resolved, identified_on=D(2024, 7, 1), resolved_on=D(2025, 2, 1))
    later = _child("S5", D(2010, 5, 1))
    SubstanceMisuseFactory(child=later, identified_on=D(2026, 4, 2))  # after 31 March
    _child("S6", D(2010, 5, 1))
    items = {
        child: (r["SUBSTANCE_MISUSE"], r["INTERVENTION_RECEIVED"], r["INTERVENTION_OFFERED"])
        for child, r in _rows().items()
    }
    assert items == {
        "S1": ("1", "1", ""),
        "S2": ("1", "0", "1"),
        "S3": ("1", "0", "0"),
        "S4": ("0", "", ""),
        "S5": ("0", "", ""),
        "S6": ("0", "", ""),
    }


@pytest.mark.django_db
def test_convicted_counts_convictions_and_cautions_of_the_year_for_children_aged_10_or_over() -> None:
    YouthJusticeOutcomeFactory(child=_child("C1", D(2010, 5, 1)), kind="youth_conditional_caution")
    YouthJusticeOutcomeFactory(
        child=_child("C2", D(2010, 5, 1)), kind="conviction", outcome_on=D(2026, 3, 31)
    )
    YouthJusticeOutcomeFactory(child=_child("C3", D(2010, 5, 1)), kind="community_resolution")
    YouthJusticeOutcomeFactory(child=_child("C4", D(2010, 5, 1)), kind="conviction", outcome_on=D(2025, 3, 1))
    _child("C5", D(2016, 3, 31))  # 10 on 31 March 2026
    _child("C6", D(2016, 4, 1))  # 9 on 31 March 2026
    assert {child: r["CONVICTED"] for child, r in _rows().items()} == {
        "C1": "1",
        "C2": "1",
        "C3": "0",
        "C4": "0",
        "C5": "0",
        "C6": "",
    }


@pytest.mark.django_db
def test_the_health_items_are_always_completed_and_health_check_only_under_5() -> None:
    toddler = _child("T1", D(2022, 1, 1))
    HealthCheckFactory(child=toddler, kind="review", done_on=D(2025, 7, 1))
    HealthCheckFactory(
        child=toddler, kind="immunisations", done_on=D(2025, 7, 1), immunisations_up_to_date=True
    )
    _child("T2", D(2022, 1, 1))  # nothing recorded in the year
    _child("T3", D(2021, 3, 31))  # 5 on 31 March 2026
    rows = _rows()
    health = ("HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE")
    assert {child: tuple(r[c] for c in health) for child, r in rows.items()} == {
        "T1": ("1", "1", "0", "1", "0"),
        "T2": ("0", "0", "0", "0", "0"),
        "T3": ("", "0", "0", "0", "0"),
    }


@pytest.mark.django_db
def test_the_sdq_score_or_reason_follows_the_age_rules() -> None:
    HealthCheckFactory(child=_child("Q1", D(2015, 6, 1)), kind="sdq", done_on=D(2025, 9, 1), sdq_score=12)
    HealthCheckFactory(
        child=_child("Q2", D(2015, 6, 1)), kind="sdq", done_on=D(2026, 3, 9), sdq_reason="SDQ5"
    )
    _child("Q3", D(2015, 6, 1))  # 4 to 16 all year and no SDQ: left blank for rule 186 to show
    _child("Q4", D(2021, 9, 1))  # turned 4 during the year
    _child("Q5", D(2008, 12, 1))  # turned 17 during the year
    HealthCheckFactory(
        child=_child("Q6", D(2008, 1, 1)), kind="sdq", done_on=D(2025, 5, 1), sdq_score=9
    )  # 17
    HealthCheckFactory(child=_child("Q7", D(2022, 6, 1)), kind="sdq", done_on=D(2025, 9, 1), sdq_score=3)  # 3
    assert {child: (r["SDQ_SCORE"], r["SDQ_REASON"]) for child, r in _rows().items()} == {
        "Q1": ("12", ""),
        "Q2": ("", "SDQ5"),
        "Q3": ("", ""),
        "Q4": ("", "SDQ1"),
        "Q5": ("", "SDQ1"),
        "Q6": ("", ""),
        "Q7": ("", ""),
    }


@pytest.mark.django_db
def test_the_exported_oc2_passes_every_oc2_rule(tmp_path: Path) -> None:
    for n, born in enumerate((D(2022, 1, 1), D(2021, 9, 1), D(2015, 6, 1), D(2010, 5, 1), D(2008, 12, 1))):
        child = _child(f"V{n}", born)
        if born.year in (2015, 2010):
            HealthCheckFactory(child=child, kind="sdq", done_on=D(2025, 9, 1), sdq_score=10 + n)
    misusing, cautioned = _child("V5", D(2010, 5, 1)), _child("V6", D(2010, 5, 1))
    SubstanceMisuseFactory(child=misusing, intervention_offered_on=D(2025, 6, 9))
    YouthJusticeOutcomeFactory(child=cautioned)
    for child in (misusing, cautioned):
        HealthCheckFactory(child=child, kind="sdq", done_on=D(2025, 9, 1), sdq_reason="SDQ2")
    export_903(out=tmp_path / "r2026", end_year=2026)
    report = validate_return(tmp_path / "r2026", 2026)
    assert report.rows["OC2"] == 7
    assert [(f.rule, f.child) for f in report.failures if f.rule in OC2_RULES] == []
