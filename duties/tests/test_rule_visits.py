"""Social worker visits, CPPCR reg 28: "within one week of the start of any placement", "at intervals of not more
than six weeks for the first year of any placement", "thereafter ... where the placement is intended to last until
C is aged 18, at intervals of not more than three months", and the variants of paragraphs (3) to (5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from duties.duty import Status
from duties.facts import CarePeriod, ChildFacts, LegalStatusFact, PlacementFact, VisitFact
from duties.rules import duties_for
from duties.tests.rule_facts import child, d, dated, dues, only, ref, seen

VISITS = ("R6", "R7", "R8", "R9", "R10", "R11")


def _visits_of(facts: ChildFacts, as_of: str) -> list[tuple[str, date, str]]:
    return dues(only(duties_for(facts, d(as_of)), *VISITS))


def _foster(
    start: str, *visits: str, end: str | None = None, status: str = "C2", **placement: Any
) -> ChildFacts:
    return child(
        periods=(CarePeriod(d(start)),),
        legal_statuses=(LegalStatusFact(status, d(start)),),
        placements=(PlacementFact("p1", "U4", d(start), d(end) if end else None, **placement),),
        visits=seen(*visits),
    )


def test_first_visit_is_due_within_one_week_of_the_placement_starting() -> None:
    facts = _foster("2026-03-02")
    (visit,) = only(duties_for(facts, d("2026-03-05")), *VISITS)
    assert (visit.rule, visit.due_on, visit.status) == ("R6", d("2026-03-09"), Status.DUE)
    assert visit.about == "Visit within one week of the placement starting on 2 Mar 2026"


def test_after_the_first_visit_the_next_is_due_within_six_weeks() -> None:
    facts = _foster("2026-03-02", "2026-03-06")
    assert _visits_of(facts, "2026-04-01") == [
        ("R6", d("2026-03-09"), "ON_TIME"),
        ("R7", d("2026-04-17"), "DUE"),
    ]
    assert only(duties_for(facts, d("2026-04-01")), "R7")[0].about == (
        "Visit within 6 weeks of the visit on 6 Mar 2026 (first year of the placement)"
    )


def test_a_late_visit_moves_the_next_due_date_to_six_weeks_after_it() -> None:
    facts = _foster("2026-03-02", "2026-03-12")
    assert _visits_of(facts, "2026-04-01") == [
        ("R6", d("2026-03-09"), "LATE"),
        ("R7", d("2026-04-23"), "DUE"),
    ]


def test_an_early_extra_visit_restarts_the_six_weeks_from_it() -> None:
    facts = _foster("2026-03-02", "2026-03-06", "2026-03-20")
    assert _visits_of(facts, "2026-04-01")[-1] == ("R7", d("2026-05-01"), "DUE")


def test_an_overdue_visit_stands_alone_until_it_is_made() -> None:
    facts = _foster("2026-03-02", "2026-03-06")
    assert _visits_of(facts, "2026-09-01") == [
        ("R6", d("2026-03-09"), "ON_TIME"),
        ("R7", d("2026-04-17"), "OVERDUE"),
    ]


def test_a_visit_where_the_child_was_not_seen_does_not_count() -> None:
    facts = _foster("2026-03-02")
    facts = ChildFacts(
        **{
            **facts.__dict__,
            "visits": (VisitFact(ref("visit", d("2026-03-06")), d("2026-03-06"), seen=False),),
        }
    )
    assert _visits_of(facts, "2026-03-10") == [("R6", d("2026-03-09"), "OVERDUE")]


def test_a_visit_never_made_before_the_placement_ended_is_missed() -> None:
    facts = _foster("2026-03-02", "2026-03-06", end="2026-04-20")
    assert _visits_of(facts, "2026-05-01") == [
        ("R6", d("2026-03-09"), "ON_TIME"),
        ("R7", d("2026-04-17"), "MISSED"),
    ]
    # On the last day of the placement it could still be made: overdue, not missed.
    assert _visits_of(facts, "2026-04-20")[-1] == ("R7", d("2026-04-17"), "OVERDUE")


def test_a_visit_that_would_fall_due_after_the_placement_ended_is_not_owed() -> None:
    facts = _foster("2026-03-02", "2026-03-06", end="2026-04-15")
    assert _visits_of(facts, "2026-05-01") == [("R6", d("2026-03-09"), "ON_TIME")]


def test_a_new_placement_restarts_the_visit_clock_with_a_visit_within_a_week() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        placements=(
            PlacementFact("p1", "U4", d("2026-03-02"), d("2026-03-20")),
            PlacementFact("p2", "K2", d("2026-03-20")),
        ),
        visits=seen("2026-03-06", "2026-03-25"),
    )
    assert _visits_of(facts, "2026-04-01") == [
        ("R6", d("2026-03-09"), "ON_TIME"),  # placement 1; its 6-weekly visit (17 Apr) fell after it ended
        ("R6", d("2026-03-27"), "ON_TIME"),  # placement 2, from 20 Mar
        ("R7", d("2026-05-06"), "DUE"),
    ]


def test_a_visit_on_the_day_of_a_move_counts_for_both_placements() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        placements=(
            PlacementFact("p1", "U4", d("2026-03-02"), d("2026-03-20")),
            PlacementFact("p2", "K2", d("2026-03-20")),
        ),
        visits=seen("2026-03-06", "2026-03-20"),
    )
    assert _visits_of(facts, "2026-04-01") == [
        ("R6", d("2026-03-09"), "ON_TIME"),
        ("R6", d("2026-03-27"), "ON_TIME"),  # placement 2: the visit on 20 Mar
        (
            "R7",
            d("2026-04-17"),
            "ON_TIME",
        ),  # placement 1: the visit on its last day; nothing more is owed there
        ("R7", d("2026-05-01"), "DUE"),  # placement 2
    ]


def _every_five_weeks(start: str, until: str) -> list[date]:
    day, stop, out = d(start), d(until), []
    while day < stop:
        out.append(day)
        day += timedelta(weeks=5)
    return out


def test_three_monthly_visits_only_after_the_first_year_and_after_the_placement_became_intended_until_18() -> (
    None
):
    first_year = _every_five_weeks("2024-03-05", "2025-03-01")  # the last one is 18 Feb 2025
    assert first_year[-1] == d("2025-02-18")
    facts = _foster(
        "2024-03-01",
        *[v.isoformat() for v in first_year],
        "2025-04-01",
        "2025-05-10",
        "2025-06-20",
        intended_until_18_from=d("2025-05-15"),
    )
    found = _visits_of(facts, "2025-07-01")
    assert found[-5:] == [
        ("R7", d("2025-02-25"), "ON_TIME"),
        ("R7", d("2025-04-01"), "ON_TIME"),  # 18 Feb 2025 was in the first year: 6 weeks
        ("R8", d("2025-05-13"), "ON_TIME"),  # after the first year, not yet intended until 18: 6 weeks
        ("R8", d("2025-06-21"), "ON_TIME"),  # 10 May: still not intended until 18 (it became so on 15 May)
        ("R8", d("2025-09-20"), "DUE"),  # 20 Jun: intended until 18, so 3 calendar months
    ]
    assert duties_for(facts, d("2025-07-01"))[-1].about.endswith("(placement intended to last until 18)")


def test_a_placement_intended_until_18_from_the_start_is_still_visited_six_weekly_in_its_first_year() -> None:
    facts = _foster("2024-03-01", "2024-03-05", "2025-02-25", intended_until_18_from=d("2024-03-01"))
    assert _visits_of(facts, "2024-03-10")[-1] == ("R7", d("2024-04-16"), "DUE")
    # A visit on 25 Feb 2025 is still in the first year (before 1 Mar 2025): the next is within 6 weeks. The visit
    # on 3 Mar 2025 is after it: the next is within 3 months.
    visits = [v.isoformat() for v in _every_five_weeks("2024-03-05", "2025-02-19")]
    facts = _foster("2024-03-01", *visits, "2025-02-25", "2025-03-03", intended_until_18_from=d("2024-03-01"))
    assert _visits_of(facts, "2025-03-04")[-3:] == [
        ("R7", d("2025-04-01"), "ON_TIME"),
        ("R7", d("2025-04-08"), "ON_TIME"),
        ("R8", d("2025-06-03"), "DUE"),
    ]


def _review(day: str) -> dict[str, Any]:
    return {"reviews": dated("review", day)}


def test_placed_with_a_parent_before_the_assessment_weekly_visits_until_the_first_review_then_six_weekly() -> (
    None
):
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        legal_statuses=(LegalStatusFact("C2", d("2026-03-02")),),
        placements=(PlacementFact("p1", "P1", d("2026-03-02"), before_assessment=True),),
        visits=seen("2026-03-06", "2026-03-13", "2026-03-20", "2026-03-27"),
        **_review("2026-03-25"),
    )
    assert _visits_of(facts, "2026-04-01") == [
        ("R9", d("2026-03-09"), "ON_TIME"),
        ("R9", d("2026-03-13"), "ON_TIME"),
        ("R9", d("2026-03-20"), "ON_TIME"),
        ("R9", d("2026-05-01"), "ON_TIME"),  # the review of 25 Mar ended weekly visits: 6 weeks after 20 Mar
        ("R9", d("2026-05-08"), "DUE"),  # 6 weeks after the visit on 27 Mar
    ]


def test_connected_person_with_temporary_approval_weekly_until_the_first_review_then_four_weekly() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        legal_statuses=(LegalStatusFact("C1", d("2026-03-02")),),
        placements=(PlacementFact("p1", "U1", d("2026-03-02"), temporary_approval=True),),
        visits=seen("2026-03-06", "2026-03-13", "2026-03-20", "2026-03-27"),
        **_review("2026-03-25"),
    )
    found = _visits_of(facts, "2026-04-01")
    assert {r for r, _, _ in found} == {"R10"}
    assert found[-1] == ("R10", d("2026-04-24"), "DUE")


def test_interim_care_order_living_with_a_parent_is_visited_weekly_until_the_first_review() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        legal_statuses=(LegalStatusFact("C1", d("2026-03-02")),),
        placements=(PlacementFact("p1", "P1", d("2026-03-02")),),
        visits=seen("2026-03-06", "2026-03-13", "2026-03-23"),
    )
    assert _visits_of(facts, "2026-03-25") == [
        ("R10", d("2026-03-09"), "ON_TIME"),
        ("R10", d("2026-03-13"), "ON_TIME"),
        ("R10", d("2026-03-20"), "LATE"),
        ("R10", d("2026-03-30"), "DUE"),  # no review yet: still weekly
    ]


def test_care_order_living_with_a_parent_visit_within_a_week_then_six_weekly() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        legal_statuses=(LegalStatusFact("C2", d("2026-03-02")),),
        placements=(PlacementFact("p1", "P1", d("2026-03-02")),),
        visits=seen("2026-03-06"),
    )
    assert _visits_of(facts, "2026-03-10") == [
        ("R11", d("2026-03-09"), "ON_TIME"),
        ("R11", d("2026-04-17"), "DUE"),
    ]


def test_a_care_order_made_while_living_with_a_parent_brings_the_next_visit_to_within_a_week_of_the_order() -> (
    None
):
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        legal_statuses=(
            LegalStatusFact("C1", d("2026-03-02"), d("2026-03-31")),
            LegalStatusFact("C2", d("2026-04-01")),
        ),
        placements=(PlacementFact("p1", "P1", d("2026-03-02")),),
        visits=seen("2026-03-06", "2026-03-13", "2026-03-20", "2026-03-27", "2026-04-07"),
        **_review("2026-03-25"),
    )
    found = only(duties_for(facts, d("2026-04-10")), *VISITS)
    # One week after the care order of 1 Apr (not 4 weeks after 27 Mar); the visit of 27 Mar was the one due 4
    # weeks after 20 Mar (the first review, on 25 Mar, ended weekly visits); then 6-weekly from 7 Apr.
    assert dues(found)[-3:] == [
        ("R11", d("2026-04-08"), "ON_TIME"),
        ("R10", d("2026-04-17"), "ON_TIME"),
        ("R11", d("2026-05-19"), "DUE"),
    ]
    assert found[-3].about == "Visit within one week of the care order made on 1 Apr 2026"


def test_a_visit_dated_after_the_day_asked_about_is_ignored() -> None:
    facts = _foster("2026-03-02", "2026-03-06", "2026-04-10")
    assert _visits_of(facts, "2026-04-01") == [
        ("R6", d("2026-03-09"), "ON_TIME"),
        ("R7", d("2026-04-17"), "DUE"),
    ]


def test_weekly_visits_end_when_the_first_review_is_held_before_the_next_weekly_visit_falls_due() -> None:
    # Reg 28(3): "at least once a week until the first review", then at intervals of not more than six weeks. Visited
    # on Fri 20 Mar; the first review was on Wed 25 Mar, before a weekly visit fell due on 27 Mar: none is owed then.
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        legal_statuses=(LegalStatusFact("C2", d("2026-03-02")),),
        placements=(PlacementFact("p1", "P1", d("2026-03-02"), before_assessment=True),),
        visits=seen("2026-03-06", "2026-03-13", "2026-03-20"),
        **_review("2026-03-25"),
    )
    assert _visits_of(facts, "2026-03-30")[-1] == ("R9", d("2026-05-01"), "DUE")  # 6 weeks after 20 Mar
    # Before the review was held, the weekly visit was still owed.
    assert _visits_of(facts, "2026-03-24")[-1] == ("R9", d("2026-03-27"), "DUE")


def test_after_the_first_review_a_temporary_approval_placement_is_visited_within_four_weeks_of_the_last_visit() -> (
    None
):
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        legal_statuses=(LegalStatusFact("C1", d("2026-03-02")),),
        placements=(PlacementFact("p1", "U1", d("2026-03-02"), temporary_approval=True),),
        visits=seen("2026-03-06", "2026-03-13", "2026-03-20"),
        **_review("2026-03-27"),  # held on the day the weekly visit fell due
    )
    assert _visits_of(facts, "2026-03-30")[-1] == ("R10", d("2026-04-17"), "DUE")


def test_a_weekly_visit_already_overdue_when_the_first_review_is_held_late_still_stands() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        legal_statuses=(LegalStatusFact("C2", d("2026-03-02")),),
        placements=(PlacementFact("p1", "P1", d("2026-03-02"), before_assessment=True),),
        visits=seen("2026-03-06"),
        **_review("2026-03-25"),
    )
    assert _visits_of(facts, "2026-03-30")[-1] == ("R9", d("2026-03-13"), "OVERDUE")


def test_a_visit_made_before_the_care_order_is_not_the_visit_within_one_week_of_the_order() -> None:
    # Living with a parent under s20; visited on 6 and 30 Mar; a care order on 1 Apr (reg 28(5)): a visit is owed
    # by 8 Apr. The visit of 30 Mar was the ordinary 6-weekly one, and the visit after the order is listed once.
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        legal_statuses=(
            LegalStatusFact("V2", d("2026-03-02"), d("2026-04-01")),
            LegalStatusFact("C2", d("2026-04-01")),
        ),
        placements=(PlacementFact("p1", "P1", d("2026-03-02")),),
        visits=seen("2026-03-06", "2026-03-30"),
    )
    assert _visits_of(facts, "2026-04-10") == [
        ("R6", d("2026-03-09"), "ON_TIME"),
        ("R11", d("2026-04-08"), "OVERDUE"),
        ("R7", d("2026-04-17"), "ON_TIME"),  # 6 weeks after 6 Mar, made on 30 Mar
    ]
    facts = replace(facts, visits=seen("2026-03-06", "2026-03-30", "2026-04-06"))
    assert _visits_of(facts, "2026-04-10")[1:] == [
        ("R11", d("2026-04-08"), "ON_TIME"),
        ("R7", d("2026-04-17"), "ON_TIME"),
        ("R11", d("2026-05-18"), "DUE"),  # 6 weeks after the visit of 6 Apr
    ]
