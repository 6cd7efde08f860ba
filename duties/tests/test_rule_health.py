"""Health, CPPCR reg 7 and the 2015 statutory guidance: an initial health assessment in time for the first review
(within 20 working days), review assessments "at least every six months before C's fifth birthday and at least
every twelve months after", and a strengths and difficulties questionnaire each year from 4 to 16."""

from __future__ import annotations

from duties.duty import Status
from duties.facts import CarePeriod, ChildFacts, HealthFact
from duties.rules import duties_for
from duties.tests.rule_facts import child, d, dues, health, only

ASSESSMENTS = ("R19", "R20")


def _in_care(start: str, *records: tuple[HealthFact, ...], born: str | None = "2015-06-01") -> ChildFacts:
    return child(born, periods=(CarePeriod(d(start)),), health=tuple(h for group in records for h in group))


def test_initial_health_assessment_is_due_within_20_working_days_of_becoming_looked_after() -> None:
    (iha,) = only(duties_for(_in_care("2026-02-02"), d("2026-02-03")), *ASSESSMENTS)
    assert (iha.rule, iha.due_on, iha.status) == ("R19", d("2026-03-02"), Status.DUE)
    assert (
        iha.about == "Initial health assessment within 20 working days of becoming looked after on 2 Feb 2026"
    )


def test_an_initial_assessment_in_the_three_months_before_coming_into_care_counts() -> None:
    facts = _in_care("2026-02-02", health("initial", "2025-11-10"))
    assert dues(only(duties_for(facts, d("2026-02-03")), "R19")) == [("R19", d("2026-03-02"), "ON_TIME")]


def test_an_initial_assessment_more_than_three_months_before_does_not_count() -> None:
    facts = _in_care("2026-02-02", health("initial", "2025-10-30"))
    assert dues(only(duties_for(facts, d("2026-03-03")), *ASSESSMENTS)) == [
        ("R19", d("2026-03-02"), "OVERDUE")
    ]


def test_no_review_health_assessment_is_counted_until_the_initial_one_is_done() -> None:
    facts = _in_care("2026-02-02", health("review", "2026-02-20"))
    assert dues(only(duties_for(facts, d("2026-12-01")), *ASSESSMENTS)) == [
        ("R19", d("2026-03-02"), "OVERDUE")
    ]


def test_a_child_who_returns_to_care_needs_a_new_initial_health_assessment() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-01-05"), d("2026-02-27")), CarePeriod(d("2026-03-16"))),
        health=health("initial", "2026-01-20"),
    )
    # Mon 16 Mar 2026 + 20 working days, over Good Friday (3 Apr) and Easter Monday (6 Apr 2026).
    assert dues(only(duties_for(facts, d("2026-03-20")), "R19")) == [
        ("R19", d("2026-02-02"), "ON_TIME"),
        ("R19", d("2026-04-15"), "DUE"),
    ]


def test_under_five_review_health_assessments_are_six_monthly() -> None:
    facts = _in_care("2024-03-01", health("initial", "2024-04-01"), born="2020-01-01")  # assessed at 4y3m
    assert dues(only(duties_for(facts, d("2024-04-02")), *ASSESSMENTS)) == [
        ("R19", d("2024-04-02"), "ON_TIME"),
        ("R20", d("2024-10-01"), "DUE"),  # 4y9m: still before the 5th birthday
    ]


def test_a_child_who_turns_five_between_two_assessments_is_next_due_twelve_months_later() -> None:
    facts = _in_care(
        "2024-03-01", health("initial", "2024-04-01"), health("review", "2024-10-01"), born="2020-01-01"
    )
    found = only(duties_for(facts, d("2024-10-02")), *ASSESSMENTS)
    assert dues(found)[-1] == (
        "R20",
        d("2025-10-01"),
        "DUE",
    )  # assessed at 4y9m: six months on is past 5, so 5y9m
    assert found[-1].about == "Review health assessment within 12 months of the assessment on 1 Oct 2024"


def test_a_late_review_health_assessment_moves_the_next_one() -> None:
    facts = _in_care("2026-02-02", health("initial", "2026-02-20"), health("review", "2027-03-01"))
    assert dues(only(duties_for(facts, d("2027-03-02")), "R20")) == [
        ("R20", d("2027-02-20"), "LATE"),
        ("R20", d("2028-03-01"), "DUE"),
    ]


def test_without_a_date_of_birth_review_assessments_are_six_monthly() -> None:
    facts = _in_care("2026-02-02", health("initial", "2026-02-20"), born=None)
    assert only(duties_for(facts, d("2026-03-01")), "R20")[0].due_on == d("2026-08-20")


def test_sdq_is_due_a_year_after_a_school_age_child_comes_into_care_then_yearly() -> None:
    facts = _in_care("2025-09-01", health("sdq", "2026-08-15"))
    assert dues(only(duties_for(facts, d("2026-09-01")), "R21")) == [
        ("R21", d("2026-09-01"), "ON_TIME"),
        ("R21", d("2027-08-15"), "DUE"),
    ]


def test_sdq_for_a_child_who_came_into_care_at_three_is_counted_from_the_fourth_birthday() -> None:
    facts = _in_care("2025-09-01", born="2022-03-01")
    assert only(duties_for(facts, d("2026-02-28")), "R21") == []  # not yet 4: nothing owed yet
    (first,) = only(duties_for(facts, d("2026-03-01")), "R21")
    assert (first.due_on, first.status) == (d("2027-03-01"), Status.DUE)
    assert (
        first.about
        == "Strengths and difficulties questionnaire within 12 months of the 4th birthday on 1 Mar 2026"
    )


def test_sdq_stops_at_the_17th_birthday() -> None:
    facts = _in_care("2024-09-01", health("sdq", "2025-08-20"), born="2009-06-01")
    assert dues(only(duties_for(facts, d("2026-09-01")), "R21")) == [("R21", d("2025-09-01"), "ON_TIME")]


def test_no_sdq_for_a_child_who_comes_into_care_at_sixteen_and_a_half() -> None:
    assert only(duties_for(_in_care("2025-12-01", born="2009-06-01"), d("2026-01-01")), "R21") == []
