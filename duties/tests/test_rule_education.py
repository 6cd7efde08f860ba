"""Personal education plans: started as part of the care plan and "available for the first review" (CPPCR reg
5(b)(ii), DfE 2018 guidance; the timescale is the authority's), then reviewed each school term."""

from __future__ import annotations

from duties.duty import DutyConfig, Status
from duties.facts import CarePeriod, ChildFacts
from duties.rules import duties_for
from duties.tests.rule_facts import child, d, dated, dues, only

PEPS = ("R22", "R23")


def _in_care(start: str, *peps: str, born: str = "2015-06-01", end: str | None = None) -> ChildFacts:
    return child(born, periods=(CarePeriod(d(start), d(end) if end else None),), peps=dated("pep", *peps))


def test_pep_is_due_for_the_first_review_20_working_days_after_coming_into_care() -> None:
    (pep,) = only(duties_for(_in_care("2025-09-01"), d("2025-09-02")), *PEPS)
    assert (pep.rule, pep.due_on, pep.status) == ("R22", d("2025-09-29"), Status.DUE)


def test_the_authority_can_set_a_shorter_pep_timescale() -> None:
    config = DutyConfig(pep_start_working_days=10)
    (pep,) = only(duties_for(_in_care("2025-09-01"), d("2025-09-02"), config), *PEPS)
    assert pep.due_on == d("2025-09-15")


def test_a_pep_started_in_the_month_before_coming_into_care_counts_but_not_an_older_one() -> None:
    assert dues(only(duties_for(_in_care("2025-09-01", "2025-08-20"), d("2025-09-02")), "R22")) == [
        ("R22", d("2025-09-29"), "ON_TIME")
    ]
    assert dues(only(duties_for(_in_care("2025-09-01", "2025-07-20"), d("2025-10-01")), "R22")) == [
        ("R22", d("2025-09-29"), "OVERDUE")
    ]


def test_no_pep_for_a_child_under_three_or_aged_sixteen_when_coming_into_care() -> None:
    assert only(duties_for(_in_care("2025-09-01", born="2023-01-01"), d("2025-12-01")), *PEPS) == []
    assert only(duties_for(_in_care("2025-09-01", born="2009-08-01"), d("2025-12-01")), *PEPS) == []


def test_pep_reviewed_each_school_term_after_the_first_pep_was_due() -> None:
    facts = _in_care("2025-09-01", "2025-09-20", "2026-02-10")
    found = only(duties_for(facts, d("2026-05-15")), *PEPS)
    assert dues(found) == [
        ("R22", d("2025-09-29"), "ON_TIME"),
        (
            "R23",
            d("2026-03-31"),
            "ON_TIME",
        ),  # spring term; the autumn term started before the first PEP was due
        ("R23", d("2026-07-31"), "DUE"),  # the current term; the autumn 2026 term has not started
    ]
    assert (
        found[2].about == "Personal education plan reviewed in the school term from 1 Apr 2026 to 31 Jul 2026"
    )


def test_a_term_without_a_pep_review_is_overdue_once_it_has_ended() -> None:
    facts = _in_care("2025-09-01", "2025-09-20")
    assert dues(only(duties_for(facts, d("2026-04-01")), "R23")) == [
        ("R23", d("2026-03-31"), "OVERDUE"),
        ("R23", d("2026-07-31"), "DUE"),
    ]


def test_a_pep_from_the_previous_term_does_not_count_for_this_one() -> None:
    facts = _in_care("2025-09-01", "2025-12-15")
    (spring,) = only(duties_for(facts, d("2026-03-01")), "R23")
    assert (spring.due_on, spring.status, spring.window_from) == (
        d("2026-03-31"),
        Status.DUE,
        d("2026-01-01"),
    )


def test_no_termly_review_is_owed_for_a_term_that_starts_after_the_sixteenth_birthday() -> None:
    facts = _in_care("2025-09-01", "2025-09-20", born="2010-02-15")
    assert [x.due_on for x in only(duties_for(facts, d("2026-05-01")), "R23")] == [d("2026-03-31")]


def test_a_term_the_child_left_care_in_without_a_review_is_not_owed() -> None:
    facts = _in_care("2025-09-01", "2025-09-20", end="2026-02-20")
    assert only(duties_for(facts, d("2026-05-01")), "R23") == []


def test_the_authority_sets_its_own_school_terms() -> None:
    six_terms = DutyConfig(
        school_terms=(
            ((9, 1), (10, 24)),
            ((11, 3), (12, 19)),
            ((1, 5), (2, 13)),
            ((2, 23), (3, 27)),
            ((4, 13), (5, 22)),
            ((6, 1), (7, 22)),
        )
    )
    facts = _in_care("2025-09-01", "2025-09-20", "2025-11-10")
    assert dues(only(duties_for(facts, d("2026-01-06"), six_terms), "R23")) == [
        ("R23", d("2025-12-19"), "ON_TIME"),
        ("R23", d("2026-02-13"), "DUE"),
    ]


def test_a_child_who_turns_three_in_care_is_owed_a_pep_from_the_birthday() -> None:
    facts = _in_care("2025-01-06", born="2023-03-10")  # turns 3 on Tue 10 Mar 2026, in care throughout
    assert only(duties_for(facts, d("2026-03-09")), *PEPS) == []
    (pep,) = only(duties_for(facts, d("2026-03-11")), *PEPS)
    assert (pep.rule, pep.due_on, pep.status) == (
        "R22",
        d("2026-04-09"),
        Status.DUE,
    )  # 20 working days, Easter
    assert "turning 3" in pep.about
    started = _in_care("2025-01-06", "2026-03-20", born="2023-03-10")
    assert dues(only(duties_for(started, d("2026-04-20")), "R22")) == [("R22", d("2026-04-09"), "ON_TIME")]
