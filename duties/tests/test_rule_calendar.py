"""The dates the rules share: calendar months, birthdays, what held on a day, and the facts known on a day."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from duties.facts import CarePeriod, LegalStatusFact, PlacementFact, PlacementPlanFact
from duties.rules.calendar import (
    birthday,
    care_spans,
    first_review,
    fmt,
    legal_status_on,
    months_after,
    months_before,
    placement_on,
    placements_in,
    span_on,
)
from duties.rules.known import known_on
from duties.tests.rule_facts import child, d, dated, ref, seen


def test_a_month_after_31_january_is_the_end_of_february() -> None:
    assert months_after(d("2026-01-31"), 1) == d("2026-02-28")
    assert months_after(d("2028-01-31"), 1) == d("2028-02-29")
    assert months_after(d("2026-08-31"), 3) == d("2026-11-30")
    assert months_after(d("2026-11-15"), 3) == d("2027-02-15")
    assert months_before(d("2026-03-31"), 1) == d("2026-02-28")


@given(st.dates(max_value=date(9000, 12, 31)), st.integers(min_value=-120, max_value=120))
def test_months_after_lands_in_the_right_month_on_the_same_day_or_its_last(day: date, months: int) -> None:
    if day.year < 100:
        return
    later = months_after(day, months)
    assert later.year * 12 + later.month == day.year * 12 + day.month + months
    assert later.day == min(day.day, monthrange(later.year, later.month)[1])


def test_a_child_born_on_29_february_is_a_year_older_on_28_february() -> None:
    assert birthday(d("2012-02-29"), 5) == d("2017-02-28")
    assert birthday(d("2012-02-29"), 4) == d("2016-02-29")


def test_dates_read_as_a_social_worker_writes_them() -> None:
    assert fmt(d("2026-03-03")) == "3 Mar 2026"


def test_what_held_on_a_day_takes_the_new_status_and_placement_on_a_day_of_change() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-01-05")),),
        legal_statuses=(
            LegalStatusFact("V2", d("2026-01-05"), d("2026-02-10")),
            LegalStatusFact("C1", d("2026-02-10")),
        ),
        placements=(
            PlacementFact("p1", "U4", d("2026-01-05"), d("2026-03-01")),
            PlacementFact("p2", "K2", d("2026-03-01")),
        ),
        reviews=dated("review", "2025-12-01", "2026-02-01", "2026-05-01"),
    )
    assert legal_status_on(facts, d("2026-02-09")) == "V2"
    assert legal_status_on(facts, d("2026-02-10")) == "C1"
    assert legal_status_on(facts, d("2026-01-04")) is None
    placement = placement_on(facts, d("2026-03-01"))
    assert placement is not None and placement.id == "p2"
    span = span_on(facts, d("2026-02-01"))
    assert span is not None
    review = first_review(facts, span)
    assert review is not None and review.on == d(
        "2026-02-01"
    )  # the review of 1 Dec 2025 was before the period


def test_a_placement_left_open_by_mistake_ends_when_the_next_one_starts() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-01-05"), d("2026-06-30")),),
        placements=(PlacementFact("p1", "U4", d("2026-01-05")), PlacementFact("p2", "K2", d("2026-03-01"))),
    )
    (span,) = care_spans(facts)
    assert [(p.id, end) for p, end in placements_in(facts, span)] == [
        ("p1", d("2026-03-01")),
        ("p2", d("2026-06-30")),  # never after the period's end
    ]


def test_a_period_left_open_by_mistake_ends_the_day_before_the_next_one_starts() -> None:
    facts = child(periods=(CarePeriod(d("2024-01-10")), CarePeriod(d("2026-09-28"))))
    assert [(s.start, s.end) for s in care_spans(facts)] == [
        (d("2024-01-10"), d("2026-09-27")),
        (d("2026-09-28"), None),
    ]


def test_a_later_period_never_reaches_back_into_an_earlier_one() -> None:
    facts = child(periods=(CarePeriod(d("2026-01-05"), d("2026-02-27")), CarePeriod(d("2026-03-16"))))
    first, second = care_spans(facts)
    assert first.lookback(3) == d("2025-10-05")
    assert second.lookback(3) == d("2026-02-28")


def test_the_facts_known_on_a_day_leave_out_what_came_after_it() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-01-05"), d("2026-09-30")), CarePeriod(d("2026-11-01"))),
        legal_statuses=(LegalStatusFact("C2", d("2026-01-05"), d("2026-09-30")),),
        placements=(
            PlacementFact(
                "p1", "U4", d("2026-01-05"), d("2026-09-30"), intended_until_18_from=d("2026-08-01")
            ),
        ),
        visits=seen("2026-03-01", "2026-01-20", "2026-07-01"),
        placement_plans=(
            PlacementPlanFact(ref("pp", d("2026-01-06")), "p1", d("2026-01-06"), d("2026-06-15")),
        ),
    )
    known = known_on(facts, d("2026-06-01"))
    assert known.periods == (CarePeriod(d("2026-01-05"), None),)
    assert known.legal_statuses == (LegalStatusFact("C2", d("2026-01-05"), None),)
    assert (known.placements[0].end, known.placements[0].intended_until_18_from) == (None, None)
    assert [v.on for v in known.visits] == [d("2026-01-20"), d("2026-03-01")]
    assert known.placement_plans[0].carer_signed_on is None
