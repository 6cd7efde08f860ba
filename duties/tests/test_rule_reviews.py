"""Looked-after reviews, CPPCR reg 33: the first "within 20 working days of the date on which C becomes looked
after", the second "not more than three months after the first", later ones "not more than six months" apart; and
an IRO appointed before the first review (Children Act 1989 s25A)."""

from __future__ import annotations

from duties.duty import Status
from duties.facts import CarePeriod, ChildFacts, Dated
from duties.rules import duties_for
from duties.tests.rule_facts import child, d, dated, dues, only, ref

REVIEWS = ("R13", "R14")


def _in_care(start: str, *reviews: str, end: str | None = None, iro: tuple[Dated, ...] = ()) -> ChildFacts:
    return child(
        periods=(CarePeriod(d(start), d(end) if end else None),),
        reviews=dated("review", *reviews),
        iro_appointments=iro,
    )


def test_first_review_is_due_within_20_working_days_of_becoming_looked_after() -> None:
    (first,) = only(duties_for(_in_care("2026-02-02"), d("2026-02-03")), *REVIEWS)
    assert (first.rule, first.due_on, first.status) == ("R13", d("2026-03-02"), Status.DUE)
    assert (
        first.about
        == "First looked-after review within 20 working days of becoming looked after on 2 Feb 2026"
    )


def test_first_review_count_skips_christmas_boxing_day_and_new_year() -> None:
    # Mon 14 Dec 2026: 15-18 (4), 21-24 (8), [25, 28 Dec], 29-31 (11), [1 Jan], 4-8 Jan (16), 11-14 Jan (20).
    (first,) = only(duties_for(_in_care("2026-12-14"), d("2026-12-20")), *REVIEWS)
    assert first.due_on == d("2027-01-14")


def test_second_review_within_three_months_of_the_first_then_six_monthly() -> None:
    facts = _in_care("2026-02-02", "2026-02-25", "2026-05-20", "2026-11-10")
    assert dues(only(duties_for(facts, d("2026-12-01")), *REVIEWS)) == [
        ("R13", d("2026-03-02"), "ON_TIME"),
        ("R14", d("2026-05-25"), "ON_TIME"),
        ("R14", d("2026-11-20"), "ON_TIME"),
        ("R14", d("2027-05-10"), "DUE"),
    ]


def test_a_late_second_review_moves_the_third_to_six_months_after_it() -> None:
    facts = _in_care("2026-02-02", "2026-02-25", "2026-06-01")
    assert dues(only(duties_for(facts, d("2026-06-02")), *REVIEWS))[1:] == [
        ("R14", d("2026-05-25"), "LATE"),
        ("R14", d("2026-12-01"), "DUE"),
    ]


def test_review_months_are_calendar_months_clamped_to_the_end_of_a_short_month() -> None:
    facts = _in_care("2025-11-03", "2025-11-30")
    assert only(duties_for(facts, d("2025-12-01")), "R14")[0].due_on == d("2026-02-28")


def test_an_overdue_first_review_is_not_followed_by_invented_later_reviews() -> None:
    assert dues(only(duties_for(_in_care("2026-02-02"), d("2026-12-01")), *REVIEWS)) == [
        ("R13", d("2026-03-02"), "OVERDUE")
    ]


def test_a_child_who_leaves_care_and_returns_gets_a_new_first_review() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-02-02"), d("2026-04-30")), CarePeriod(d("2026-06-01"))),
        reviews=dated("review", "2026-02-25"),
    )
    assert dues(only(duties_for(facts, d("2026-06-10")), *REVIEWS)) == [
        ("R13", d("2026-03-02"), "ON_TIME"),
        # the second review of the first period (due 25 May) was not owed: the child had left care on 30 Apr
        ("R13", d("2026-06-29"), "DUE"),
    ]


def test_a_first_review_never_held_before_the_child_left_care_is_missed() -> None:
    facts = _in_care("2026-02-02", end="2026-03-10")
    assert dues(only(duties_for(facts, d("2026-04-01")), *REVIEWS)) == [("R13", d("2026-03-02"), "MISSED")]


def test_a_child_who_left_care_before_the_first_review_fell_due_is_owed_none() -> None:
    assert only(duties_for(_in_care("2026-02-02", end="2026-02-20"), d("2026-04-01")), *REVIEWS) == []


def test_iro_appointed_before_the_first_review_is_on_time() -> None:
    facts = _in_care("2026-02-02", "2026-02-25", iro=dated("iro", "2026-02-10"))
    (iro,) = only(duties_for(facts, d("2026-03-01")), "R29")
    assert (iro.due_on, iro.status, iro.satisfied_by) == (
        d("2026-02-25"),
        Status.ON_TIME,
        ref("iro", d("2026-02-10")),
    )
    assert iro.about == "Independent reviewing officer appointed before the first review on 25 Feb 2026"


def test_iro_appointed_after_the_first_review_was_held_is_late() -> None:
    facts = _in_care("2026-02-02", "2026-02-25", iro=dated("iro", "2026-02-27"))
    (iro,) = only(duties_for(facts, d("2026-03-01")), "R29")
    assert (iro.due_on, iro.status) == (d("2026-02-25"), Status.LATE)


def test_iro_not_appointed_and_no_review_yet_is_due_by_the_first_review_date() -> None:
    (iro,) = only(duties_for(_in_care("2026-02-02"), d("2026-02-05")), "R29")
    assert (iro.due_on, iro.status) == (d("2026-03-02"), Status.DUE)
    (iro,) = only(duties_for(_in_care("2026-02-02"), d("2026-03-03")), "R29")
    assert iro.status == Status.OVERDUE


def test_iro_appointed_in_the_weeks_before_the_child_came_into_care_counts() -> None:
    facts = _in_care("2026-02-02", iro=dated("iro", "2026-01-20"))
    (iro,) = only(duties_for(facts, d("2026-02-05")), "R29")
    assert iro.status == Status.ON_TIME
