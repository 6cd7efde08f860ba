"""Care plan (CPPCR reg 4(2)), placement plan (reg 9) and notification of placement (reg 13)."""

from __future__ import annotations

from datetime import date
from typing import Any

from duties.duty import Status
from duties.facts import (
    CarePeriod,
    ChildFacts,
    LegalStatusFact,
    NotificationFact,
    PlacementFact,
    PlacementPlanFact,
)
from duties.rules import DEFAULT_CONFIG, duties_for, rule
from duties.tests.rule_facts import child, d, dated, dues, only, ref


def _placed(start: str, end: str | None = None, **records: Any) -> ChildFacts:
    """A child in a period of care with one foster placement (U4), both starting on `start`."""
    return child(
        periods=(CarePeriod(d(start), d(end) if end else None),),
        legal_statuses=(LegalStatusFact("C2", d(start)),),
        placements=(PlacementFact("p1", "U4", d(start), d(end) if end else None),),
        **records,
    )


def test_placement_plan_for_a_placement_on_the_friday_before_the_spring_bank_holiday_is_due_on_1_june() -> (
    None
):
    # Fri 22 May 2026; Mon 25 May is the Spring bank holiday: Tue 26 (1), Wed 27 (2), Thu 28 (3), Fri 29 (4), Mon 1 Jun (5).
    facts = _placed("2026-05-22")
    found = only(duties_for(facts, d("2026-05-26")), "R3", "R4")
    assert dues(found) == [("R3", d("2026-06-01"), "DUE"), ("R4", d("2026-06-01"), "DUE")]
    assert (
        found[0].about
        == "Placement plan agreed and signed by the carer within 5 working days of the placement starting on 22 May 2026"
    )


def test_care_plan_within_10_working_days_skips_christmas_and_new_year() -> None:
    # Wed 23 Dec 2026: Thu 24 (1), [25 Christmas, 28 Boxing Day substitute], 29-31 (2-4), [1 Jan], 4-8 Jan (5-9), Mon 11 Jan (10).
    facts = _placed("2026-12-23")
    (plan,) = only(duties_for(facts, d("2027-01-11")), "R1")
    assert (plan.due_on, plan.status) == (date(2027, 1, 11), Status.DUE)
    assert plan.about == "Care plan within 10 working days of the first placement starting on 23 Dec 2026"
    (late,) = only(duties_for(facts, d("2027-01-12")), "R1")
    assert late.status == Status.OVERDUE


def test_care_plan_prepared_before_the_child_was_placed_is_on_time() -> None:
    facts = _placed("2026-03-02", care_plans=dated("care_plan", "2026-02-20"))
    (plan,) = rule("R1").duties(facts, d("2026-04-01"), DEFAULT_CONFIG)
    assert (plan.status, plan.done_on, plan.satisfied_by) == (
        Status.ON_TIME,
        d("2026-02-20"),
        ref("care_plan", d("2026-02-20")),
    )


def test_care_plan_counts_from_the_first_placement_not_from_becoming_looked_after() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        placements=(PlacementFact("p1", "U4", d("2026-03-09")), PlacementFact("p2", "U4", d("2026-04-01"))),
    )
    (plan,) = only(duties_for(facts, d("2026-03-10")), "R1")
    assert plan.due_on == d("2026-03-23")  # 10 working days after Mon 9 Mar


def test_care_plan_with_no_placement_yet_counts_from_becoming_looked_after() -> None:
    facts = child(periods=(CarePeriod(d("2026-03-02")),))
    (plan,) = only(duties_for(facts, d("2026-03-03")), "R1")
    assert plan.due_on == d("2026-03-16")
    assert plan.about == "Care plan within 10 working days of becoming looked after on 2 Mar 2026"


def test_a_care_plan_from_an_earlier_period_of_care_does_not_count_for_the_new_one() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-01-05"), d("2026-02-27")), CarePeriod(d("2026-03-16"))),
        care_plans=dated("care_plan", "2026-01-12"),
    )
    first, second = only(duties_for(facts, d("2026-04-15")), "R1")
    assert first.status == Status.ON_TIME
    assert (second.due_on, second.status, second.window_from) == (
        d("2026-03-30"),
        Status.OVERDUE,
        d("2026-02-28"),
    )


def test_placement_plan_not_yet_signed_by_the_carer_is_not_done_and_says_so() -> None:
    plan = PlacementPlanFact(ref("placement_plan", d("2026-03-03")), "p1", d("2026-03-03"))
    facts = _placed("2026-03-02", placement_plans=(plan,))
    (duty,) = only(duties_for(facts, d("2026-03-20")), "R3")
    assert duty.status == Status.OVERDUE
    assert duty.about.endswith(": the plan of 3 Mar 2026 waits for the carer's signature")


def test_placement_plan_signed_late_by_the_carer_is_done_late_on_the_day_of_signature() -> None:
    plan = PlacementPlanFact(
        ref("placement_plan", d("2026-03-03")), "p1", d("2026-03-03"), carer_signed_on=d("2026-03-12")
    )
    facts = _placed("2026-03-02", placement_plans=(plan,))
    (duty,) = only(duties_for(facts, d("2026-03-20")), "R3")
    assert (duty.due_on, duty.status, duty.done_on) == (d("2026-03-09"), Status.LATE, d("2026-03-12"))
    # On 10 Mar the carer had not yet signed: replaying that day shows it overdue, waiting for the signature.
    (before,) = only(duties_for(facts, d("2026-03-10")), "R3")
    assert before.status == Status.OVERDUE and "waits for the carer's signature" in before.about


def test_placement_plan_for_another_placement_does_not_count() -> None:
    plan = PlacementPlanFact(
        ref("placement_plan", d("2026-03-03")), "p9", d("2026-03-03"), carer_signed_on=d("2026-03-03")
    )
    facts = _placed("2026-03-02", placement_plans=(plan,))
    (duty,) = only(duties_for(facts, d("2026-03-20")), "R3")
    assert duty.status == Status.OVERDUE and "waits" not in duty.about


def test_notification_of_placement_uses_the_earliest_notice_sent() -> None:
    notices = (
        NotificationFact(ref("notice", d("2026-03-11")), "p1", d("2026-03-11")),
        NotificationFact(ref("notice", d("2026-03-04")), "p1", d("2026-03-04")),
    )
    facts = _placed("2026-03-02", notifications=notices)
    (duty,) = only(duties_for(facts, d("2026-03-20")), "R4")
    assert (duty.status, duty.done_on, duty.satisfied_by) == (
        Status.ON_TIME,
        d("2026-03-04"),
        ref("notice", d("2026-03-04")),
    )


def test_each_new_placement_needs_its_own_placement_plan_and_notification() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        placements=(
            PlacementFact("p1", "U4", d("2026-03-02"), d("2026-04-10")),
            PlacementFact("p2", "K2", d("2026-04-10")),
        ),
    )
    found = only(duties_for(facts, d("2026-04-13")), "R3")
    assert [(x.due_on, x.status) for x in found] == [
        (d("2026-03-09"), Status.MISSED),
        (d("2026-04-17"), Status.DUE),
    ]


def test_placement_that_ended_before_its_plan_fell_due_owes_no_plan() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        placements=(
            PlacementFact("p1", "U4", d("2026-03-02"), d("2026-03-04")),
            PlacementFact("p2", "U4", d("2026-03-04")),
        ),
    )
    assert [x.due_on for x in only(duties_for(facts, d("2026-03-20")), "R3")] == [d("2026-03-11")]


def test_short_break_placements_get_no_care_plan_placement_plan_or_notification() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02"), d("2026-03-06")),),
        legal_statuses=(LegalStatusFact("V3", d("2026-03-02"), d("2026-03-06")),),
        placements=(PlacementFact("p1", "U4", d("2026-03-02"), d("2026-03-06")),),
    )
    assert duties_for(facts, d("2026-04-01")) == []
