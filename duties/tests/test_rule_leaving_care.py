"""Eligible children, CPPCR regs 40-44: looked after "for a period of 13 weeks, or periods amounting in total to 13
weeks, which began after he reached the age of 14 and ended after he reached the age of 16"; the needs assessment
within three months of the 16th birthday or of becoming eligible; the pathway plan and personal adviser; pathway
plan reviews at least every six months (Care Leavers (England) Regs 2010 reg 7)."""

from __future__ import annotations

from duties.duty import Status
from duties.facts import CarePeriod, ChildFacts, LegalStatusFact
from duties.rules import duties_for, eligible_from
from duties.tests.rule_facts import child, d, dated, dues, only

LEAVING = ("R26", "R26-plan", "R26-PA", "R27")
BORN = "2010-03-01"  # 14 on 1 Mar 2024, 16 on 1 Mar 2026, 18 on 1 Mar 2028


def _looked_after(*periods: tuple[str, str | None], **records: object) -> ChildFacts:
    return child(BORN, periods=tuple(CarePeriod(d(s), d(e) if e else None) for s, e in periods), **records)


def test_in_care_since_before_fourteen_eligible_on_the_sixteenth_birthday() -> None:
    facts = _looked_after(("2022-01-10", None))
    assert eligible_from(facts, d("2026-02-28")) is None
    assert eligible_from(facts, d("2026-03-01")) == d("2026-03-01")
    assert only(duties_for(facts, d("2026-02-28")), *LEAVING) == []
    found = only(duties_for(facts, d("2026-03-01")), *LEAVING)
    assert dues(found) == [
        ("R26", d("2026-06-01"), "DUE"),
        ("R26-PA", d("2026-06-01"), "DUE"),
        ("R26-plan", d("2026-06-01"), "DUE"),
    ]
    assert found[0].about == "Needs assessment complete within 3 months of the 16th birthday on 1 Mar 2026"


def test_coming_into_care_at_sixteen_eligible_after_thirteen_weeks() -> None:
    facts = _looked_after(("2026-04-01", None))
    assert eligible_from(facts, d("2026-06-29")) is None
    assert eligible_from(facts, d("2026-06-30")) == d("2026-06-30")  # the 91st day looked after
    (assessment,) = only(duties_for(facts, d("2026-07-01")), "R26")
    assert assessment.due_on == d("2026-09-30")
    assert assessment.about == "Needs assessment complete within 3 months of becoming eligible on 30 Jun 2026"


def test_thirteen_weeks_can_be_made_up_of_separate_periods_since_fourteen() -> None:
    facts = _looked_after(
        ("2024-09-01", "2024-10-30"), ("2026-05-01", None)
    )  # 60 days at 14, then from 16y2m
    assert eligible_from(facts, d("2026-12-01")) == d("2026-05-31")  # the 31st day of the second period


def test_days_in_care_before_fourteen_do_not_count() -> None:
    facts = _looked_after(("2023-09-01", "2024-03-10"), ("2026-05-01", None))
    assert eligible_from(facts, d("2026-12-01")) == d("2026-07-20")  # 10 days at 14, then 81 more from 1 May


def test_a_child_who_left_care_before_sixteen_is_not_eligible() -> None:
    facts = _looked_after(("2024-01-01", "2026-01-31"))
    assert eligible_from(facts, d("2026-12-01")) is None
    assert only(duties_for(facts, d("2026-12-01")), *LEAVING) == []


def test_short_breaks_do_not_make_a_child_eligible() -> None:
    facts = child(
        BORN,
        periods=(CarePeriod(d("2025-01-01")),),
        legal_statuses=(LegalStatusFact("V3", d("2025-01-01")),),
    )
    assert eligible_from(facts, d("2026-12-01")) is None


def test_assessment_plan_and_adviser_done_and_the_plan_reviewed_six_monthly_until_eighteen() -> None:
    facts = _looked_after(
        ("2022-01-10", None),
        needs_assessments=dated("needs", "2026-04-10"),
        personal_advisers=dated("adviser", "2026-06-15"),
        pathway_plans=dated("pathway", "2026-05-20", "2026-11-10", "2027-05-01", "2027-10-25"),
    )
    assert dues(only(duties_for(facts, d("2027-12-01")), *LEAVING)) == [
        ("R26", d("2026-06-01"), "ON_TIME"),
        ("R26-PA", d("2026-06-01"), "LATE"),
        ("R26-plan", d("2026-06-01"), "ON_TIME"),
        ("R27", d("2026-11-20"), "ON_TIME"),
        ("R27", d("2027-05-10"), "ON_TIME"),
        ("R27", d("2027-11-01"), "ON_TIME"),
        # 25 Oct 2027 + 6 months is after the 18th birthday (1 Mar 2028): no further review while in care
    ]


def test_an_overdue_pathway_plan_review_stands_alone() -> None:
    facts = _looked_after(("2022-01-10", None), pathway_plans=dated("pathway", "2026-05-20"))
    assert dues(only(duties_for(facts, d("2027-03-01")), "R27")) == [("R27", d("2026-11-20"), "OVERDUE")]


def test_a_needs_assessment_started_shortly_before_the_sixteenth_birthday_counts() -> None:
    facts = _looked_after(("2022-01-10", None), needs_assessments=dated("needs", "2026-01-15"))
    (assessment,) = only(duties_for(facts, d("2026-03-02")), "R26")
    assert assessment.status == Status.ON_TIME


def test_a_young_person_who_left_care_before_the_assessment_fell_due_is_not_owed_it_here() -> None:
    facts = _looked_after(("2022-01-10", "2026-04-30"))
    assert only(duties_for(facts, d("2026-07-01")), *LEAVING) == []
