"""The engine as a whole: one child's duties on a day, replayable on any past day, sorted by due date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from duties.duty import OPEN, Status
from duties.facts import (
    CarePeriod,
    ChildFacts,
    LegalStatusFact,
    NotificationFact,
    PlacementFact,
    PlacementPlanFact,
)
from duties.rules import DEFAULT_CONFIG, RULES, duties_for, rule
from duties.tests.rule_facts import child, d, dated, health, ref, seen


def _child_in_care() -> ChildFacts:
    """Looked after from Mon 12 Jan 2026 under s20, then an interim care order; a move on Fri 20 Feb 2026."""
    return child(
        "2016-04-12",
        periods=(CarePeriod(d("2026-01-12")),),
        legal_statuses=(
            LegalStatusFact("V2", d("2026-01-12"), d("2026-02-15")),
            LegalStatusFact("C1", d("2026-02-16")),
        ),
        placements=(
            PlacementFact("p1", "U4", d("2026-01-12"), d("2026-02-20")),
            PlacementFact("p2", "K2", d("2026-02-20")),
        ),
        visits=seen("2026-01-15", "2026-02-20", "2026-04-10"),
        reviews=dated("review", "2026-02-05"),
        care_plans=dated("care_plan", "2026-01-20"),
        placement_plans=(
            PlacementPlanFact(ref("pp", d("2026-01-14")), "p1", d("2026-01-14"), d("2026-01-16")),
        ),
        notifications=(
            NotificationFact(ref("notice", d("2026-01-13")), "p1", d("2026-01-13")),
            NotificationFact(ref("notice", d("2026-03-02")), "p2", d("2026-03-02")),
        ),
        iro_appointments=dated("iro", "2026-01-13"),
        health=health("initial", "2026-02-02"),
        peps=dated("pep", "2026-02-03"),
    )


def test_a_social_worker_sees_every_duty_in_due_date_order_with_how_it_stands() -> None:
    found = [(x.rule, x.due_on, x.status.name) for x in duties_for(_child_in_care(), d("2026-05-01"))]
    assert found == [
        ("R3", d("2026-01-19"), "ON_TIME"),
        ("R4", d("2026-01-19"), "ON_TIME"),
        ("R6", d("2026-01-19"), "ON_TIME"),
        ("R1", d("2026-01-26"), "ON_TIME"),
        ("R29", d("2026-02-05"), "ON_TIME"),
        ("R13", d("2026-02-09"), "ON_TIME"),
        ("R19", d("2026-02-09"), "ON_TIME"),
        ("R22", d("2026-02-09"), "ON_TIME"),
        ("R7", d("2026-02-26"), "ON_TIME"),  # first placement: its last visit was on the day of the move
        ("R3", d("2026-02-27"), "OVERDUE"),  # second placement: no signed placement plan
        ("R4", d("2026-02-27"), "LATE"),
        ("R6", d("2026-02-27"), "ON_TIME"),
        ("R7", d("2026-04-03"), "LATE"),
        ("R14", d("2026-05-05"), "DUE"),
        ("R7", d("2026-05-22"), "DUE"),  # six weeks after the late visit of 10 Apr
        ("R23", d("2026-07-31"), "DUE"),
        ("R21", d("2027-01-12"), "DUE"),
        ("R20", d("2027-02-02"), "DUE"),
    ]


def test_each_duty_names_the_record_that_satisfied_it() -> None:
    first_visit = next(x for x in duties_for(_child_in_care(), d("2026-05-01")) if x.rule == "R6")
    assert (first_visit.done_on, first_visit.satisfied_by) == (d("2026-01-15"), ref("visit", d("2026-01-15")))


def test_rules_on_the_same_day_are_in_rule_order_r6_before_r10() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-03-02")),),
        legal_statuses=(LegalStatusFact("C1", d("2026-03-02")),),
        placements=(
            PlacementFact("p1", "U4", d("2026-03-02"), d("2026-03-02")),
            PlacementFact("p2", "P1", d("2026-03-02")),
        ),
        visits=seen("2026-03-02"),
    )
    # The first placement lasted a day: its visit of 2 Mar counts, and also for the placement with a parent (R10).
    rules = [x.rule for x in duties_for(facts, d("2026-03-03")) if x.due_on == d("2026-03-09")]
    assert rules == ["R3", "R4", "R6", "R10", "R10"]


def test_replaying_a_past_day_ignores_everything_recorded_after_it() -> None:
    facts = _child_in_care()
    on_1_march = duties_for(facts, d("2026-03-01"))
    assert all(x.done_on is None or x.done_on <= d("2026-03-01") for x in on_1_march)
    notice = next(x for x in on_1_march if x.rule == "R4" and x.due_on == d("2026-02-27"))
    assert notice.status == Status.OVERDUE  # the notice of 2 Mar had not been sent yet


def test_a_placement_or_period_starting_after_the_day_asked_about_is_ignored() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-01-12"), d("2026-03-31")), CarePeriod(d("2026-06-01"))),
        placements=(
            PlacementFact("p1", "U4", d("2026-01-12"), d("2026-03-31")),
            PlacementFact("p2", "U4", d("2026-06-01")),
        ),
    )
    assert all(x.due_on < d("2026-06-01") for x in duties_for(facts, d("2026-05-01")))


def test_an_end_after_the_day_asked_about_counts_as_still_open() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-01-12"), d("2026-12-31")),),
        placements=(PlacementFact("p1", "U4", d("2026-01-12"), d("2026-12-31")),),
    )
    found = duties_for(facts, d("2026-03-01"))
    assert Status.MISSED not in {x.status for x in found}
    assert {x.status for x in found} <= OPEN


def test_short_breaks_get_no_duties_from_these_rules() -> None:
    facts = child(
        periods=(CarePeriod(d("2025-01-06"), d("2025-01-10")), CarePeriod(d("2025-03-03"), d("2025-03-07"))),
        legal_statuses=(
            LegalStatusFact("V3", d("2025-01-06"), d("2025-01-10")),
            LegalStatusFact("V4", d("2025-03-03"), d("2025-03-07")),
        ),
        placements=(PlacementFact("p1", "U4", d("2025-01-06"), d("2025-01-10")),),
    )
    assert duties_for(facts, d("2026-01-01")) == []


def test_a_period_that_starts_as_s20_accommodation_and_becomes_short_breaks_still_carries_duties() -> None:
    facts = child(
        periods=(CarePeriod(d("2026-01-12")),),
        legal_statuses=(
            LegalStatusFact("V2", d("2026-01-12"), d("2026-02-01")),
            LegalStatusFact("V3", d("2026-02-02")),
        ),
    )
    assert {x.rule for x in duties_for(facts, d("2026-01-13"))} >= {"R1", "R13", "R19"}


def test_a_child_never_in_care_is_owed_nothing() -> None:
    assert duties_for(child(visits=seen("2026-01-15")), d("2026-05-01")) == []


def test_every_rule_names_its_statutory_source_and_who_acts() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(r.name and r.source and r.actor for r in RULES)
    assert rule("R6").source == "CPPCR reg 28(2)(a)"
    assert rule("R13").source == "CPPCR reg 33(1)"
    emitted = {x.rule for x in duties_for(_child_in_care(), d("2026-05-01"))}
    assert emitted <= set(codes)


def test_each_rule_on_its_own_gives_the_same_duties_as_the_whole_engine() -> None:
    facts, as_of = _child_in_care(), d("2026-05-01")
    everything = duties_for(facts, as_of)
    for r in RULES:
        assert sorted(r.duties(facts, as_of, DEFAULT_CONFIG), key=str) == sorted(
            (x for x in everything if x.rule == r.code), key=str
        )


_START = date(2024, 1, 1)
_days = st.integers(min_value=0, max_value=3 * 365)


@st.composite
def _histories(draw: st.DrawFn) -> tuple[ChildFacts, date]:
    start = _START + timedelta(days=draw(st.integers(0, 200)))
    length = draw(st.one_of(st.none(), st.integers(10, 900)))
    end = start + timedelta(days=length) if length is not None else None
    moves = sorted(draw(st.lists(st.integers(1, 800), max_size=3, unique=True)))
    starts = [
        start,
        *(start + timedelta(days=m) for m in moves if end is None or start + timedelta(days=m) < end),
    ]
    placements = tuple(
        PlacementFact(
            f"p{i}",
            draw(st.sampled_from(["U4", "P1", "K2"])),
            s,
            starts[i + 1] if i + 1 < len(starts) else end,
            intended_until_18_from=s + timedelta(days=draw(_days)) if draw(st.booleans()) else None,
            before_assessment=draw(st.booleans()),
            temporary_approval=draw(st.booleans()),
        )
        for i, s in enumerate(starts)
    )
    visit_days = sorted({start + timedelta(days=x) for x in draw(st.lists(_days, max_size=40))})
    review_days = sorted({start + timedelta(days=x) for x in draw(st.lists(_days, max_size=6))})
    facts = child(
        "2012-05-20",
        periods=(CarePeriod(start, end),),
        legal_statuses=(LegalStatusFact(draw(st.sampled_from(["C1", "C2", "V2"])), start),),
        placements=placements,
        visits=seen(*visit_days),
        reviews=dated("review", *(x.isoformat() for x in review_days)),
        health=health("initial", (start + timedelta(days=draw(_days))).isoformat()),
    )
    return facts, _START + timedelta(days=draw(st.integers(0, 4 * 365)))


@settings(max_examples=150, deadline=None)
@given(_histories())
def test_every_status_agrees_with_its_dates(history: tuple[ChildFacts, date]) -> None:
    facts, as_of = history
    for duty in duties_for(facts, as_of):
        if duty.status == Status.ON_TIME:
            assert duty.done_on is not None and duty.done_on <= duty.due_on and duty.done_on <= as_of
        elif duty.status == Status.LATE:
            assert duty.done_on is not None and duty.due_on < duty.done_on <= as_of
        elif duty.status == Status.DUE:
            assert duty.done_on is None and as_of <= duty.due_on
        else:
            assert duty.done_on is None and duty.due_on < as_of


@settings(max_examples=150, deadline=None)
@given(_histories())
def test_replaying_a_day_is_the_same_as_never_having_recorded_anything_after_it(
    history: tuple[ChildFacts, date],
) -> None:
    facts, as_of = history
    trimmed = replace(
        facts,
        visits=tuple(v for v in facts.visits if v.on <= as_of),
        reviews=tuple(r for r in facts.reviews if r.on <= as_of),
        health=tuple(h for h in facts.health if h.on <= as_of),
    )
    assert duties_for(facts, as_of) == duties_for(trimmed, as_of)


@settings(max_examples=150, deadline=None)
@given(_histories())
def test_each_chain_has_at_most_one_open_duty(history: tuple[ChildFacts, date]) -> None:
    facts, as_of = history
    found = duties_for(facts, as_of)
    assert len([x for x in found if x.rule in ("R13", "R14") and x.status in OPEN]) <= 1
    open_visits = [x for x in found if x.rule in ("R6", "R7", "R8", "R9", "R10", "R11") and x.status in OPEN]
    assert len(open_visits) <= len(facts.placements)
