"""The synthetic care history as built, without the database: deterministic, consistent, and mostly on time."""

from __future__ import annotations

import dataclasses
import itertools
import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta
from functools import cache
from typing import Any

from django.conf import settings

from care.codes import PlacementProvider, PlacementType
from casework.models import AllocationRole
from duties.duty import DutyConfig, Status
from duties.facts import (
    CarePeriod,
    ChildFacts,
    Dated,
    HealthFact,
    LegalStatusFact,
    NotificationFact,
    PlacementFact,
    PlacementPlanFact,
    Ref,
    VisitFact,
)
from duties.rules.calendar import birthday
from duties.rules.education import pep_reviews
from duties.rules.health import health_assessments, sdq
from duties.rules.plans import care_plan, notification, placement_plan
from duties.rules.reviews import reviews
from duties.rules.visits import visits
from duties.working_days import add_working_days
from synthetic import places as seed_places
from synthetic.generator import build_authority
from synthetic.spec import AllocationSpec, Authority

AS_OF = date(2026, 3, 31)
CARE_LISTS = (
    "periods_of_care", "legal_statuses", "placements", "visits", "reviews", "plans", "notifications",
    "health_checks", "peps",
)  # fmt: skip


@cache
def built(children: int = 400, seed: int = 7) -> Authority:
    return build_authority(children=children, years=5, seed=seed, as_of=AS_OF)


def _by_child(rows: list[Any]) -> dict[uuid.UUID, list[Any]]:
    found: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for row in rows:
        found[row.child].append(row)
    for held in found.values():
        held.sort(key=lambda r: r.start_date)
    return found


def _dated(a: Authority) -> list[tuple[str, uuid.UUID, date]]:
    return [
        *(("visit", v.child, v.visited_on) for v in a.visits),
        *(("review", r.child, r.held_on) for r in a.reviews),
        *(("plan", p.child, p.made_on) for p in a.plans),
        *(("signature", p.child, p.carer_signed_on) for p in a.plans if p.carer_signed_on),
        *(("notification", n.child, n.sent_on) for n in a.notifications),
        *(("health", h.child, h.done_on) for h in a.health_checks),
        *(("pep", p.child, p.held_on) for p in a.peps),
    ]


def test_the_same_arguments_build_the_same_care_history() -> None:
    first = build_authority(children=80, years=3, seed=5, as_of=AS_OF)
    second = build_authority(children=80, years=3, seed=5, as_of=AS_OF)
    for name in CARE_LISTS:
        assert getattr(first, name), name
        assert [dataclasses.asdict(r) for r in getattr(first, name)] == [
            dataclasses.asdict(r) for r in getattr(second, name)
        ]


def test_periods_statuses_and_placements_follow_on_without_gaps_or_overlaps() -> None:
    a = built()
    periods, statuses, placements = (
        _by_child(a.periods_of_care),
        _by_child(a.legal_statuses),
        _by_child(a.placements),
    )
    for child in a.children:
        own = periods[child.person]
        assert own[-1].start_date == child.looked_after_since and own[-1].end_date is None
        for earlier, later in itertools.pairwise(own):
            assert earlier.end_date is not None and earlier.end_date < later.start_date
            assert earlier.end_reason
        for rows in (statuses[child.person], placements[child.person]):
            for period in own:
                inside = [r for r in rows if period.start_date <= r.start_date <= (period.end_date or AS_OF)]
                assert inside[0].start_date == period.start_date
                assert inside[-1].end_date == period.end_date
                for one, after in itertools.pairwise(
                    inside
                ):  # a change ends one and starts the next that day
                    assert one.end_date is not None and after.start_date == one.end_date
        current = statuses[child.person][-1]
        assert (current.code, current.start_date, current.end_date) == (
            child.legal_status,
            child.legal_status_since,
            None,
        )


def test_every_record_lies_in_a_period_of_care_after_birth_and_by_as_of() -> None:
    a = built()
    births = {p.id: p.date_of_birth for p in a.people}
    periods = _by_child(a.periods_of_care)
    for what, child, day in [
        *_dated(a),
        *(("status", s.child, s.start_date) for s in a.legal_statuses),
        *(("placement", p.child, p.start_date) for p in a.placements),
    ]:
        born = births[child]
        assert born is not None and born <= day <= AS_OF, (what, day)
        assert any(p.start_date <= day <= (p.end_date or AS_OF) for p in periods[child]), (what, day)
    placements = {p.id: p for p in a.placements}
    for plan in a.plans:
        if plan.placement is not None:
            placement = placements[plan.placement]
            assert placement.child == plan.child
            assert placement.start_date <= plan.made_on <= (placement.end_date or AS_OF)
            assert plan.carer_signed_on is None or plan.carer_signed_on >= plan.made_on
    for notice in a.notifications:
        assert placements[notice.placement].child == notice.child


def test_placements_look_like_englands() -> None:
    a = built()
    births = {p.id: p.date_of_birth for p in a.people}
    postcodes = seed_places.book(settings.LANTERN_LA_CODE).every()
    counts = Counter(Counter(p.child for p in a.placements).values())
    children = sum(counts.values())
    assert sum(counts[n] for n in (1, 2, 3)) / children >= 0.75  # most children: one to three
    assert sum(counts[n] for n in range(6, 11)) >= 2 and max(counts) <= 11  # a few: six to ten
    places = Counter(p.place for p in a.placements)
    assert places.most_common(1)[0][0] == PlacementType.U6
    assert places[PlacementType.U3] and places[PlacementType.K2] and places[PlacementType.U4]
    for p in a.placements:
        born = births[p.child]
        assert born is not None
        if p.place == PlacementType.K3:
            assert p.start_date >= birthday(born, 16)
        assert (p.place == PlacementType.P1) == (p.provider == PlacementProvider.PR0)
        assert not p.before_assessment or p.place == PlacementType.P1
        assert not p.temporary_approval or p.place == PlacementType.U3
        assert p.carer and p.address and p.postcode in postcodes
        assert p.intended_until_18_from is None or p.start_date <= p.intended_until_18_from <= AS_OF
    ended_by_move = [p for p in a.placements if p.end_date and any(
        q.child == p.child and q.start_date == p.end_date + timedelta(days=1) for q in a.placements
    )]  # fmt: skip
    assert all(p.change_reason for p in ended_by_move)
    outside = sum(not p.in_authority for p in a.placements) / len(a.placements)
    assert 0.1 <= outside <= 0.3
    earlier = sum(1 for p in a.periods_of_care if p.end_date) / len(a.children)
    assert 0.03 <= earlier <= 0.14


def test_most_duties_are_met_on_time_some_late() -> None:
    a = build_authority(children=400, years=5, seed=3, as_of=AS_OF)
    first_reviews: dict[uuid.UUID, list[date]] = defaultdict(list)
    for review in a.reviews:
        first_reviews[review.child].append(review.held_on)
    on_time = late = 0
    for period in a.periods_of_care:
        due = add_working_days(period.start_date, 20)
        held = [
            d for d in first_reviews[period.child] if period.start_date <= d <= (period.end_date or AS_OF)
        ]
        if due >= AS_OF or not held:
            continue
        if min(held) <= due:
            on_time += 1
        else:
            late += 1
    assert on_time / (on_time + late) >= 0.7
    assert late >= 0.03 * (on_time + late)
    visits: dict[uuid.UUID, list[date]] = defaultdict(list)
    for visit in a.visits:
        if visit.seen:
            visits[visit.child].append(visit.visited_on)
    within_a_week = [
        any(p.start_date <= d <= p.start_date + timedelta(days=7) for d in visits[p.child])
        for p in a.placements
        if p.start_date + timedelta(days=7) < min(p.end_date or AS_OF, AS_OF)
    ]
    assert 0.7 <= sum(within_a_week) / len(within_a_week) < 0.97
    assert any(not v.seen for v in a.visits) and any(v.seen_alone for v in a.visits)
    assert any(h.sdq_reason and h.sdq_score is None for h in a.health_checks)
    assert all(0 <= h.sdq_score <= 40 for h in a.health_checks if h.sdq_score is not None)
    signed = [p for p in a.plans if p.placement is not None]
    assert 0 < sum(p.carer_signed_on is None for p in signed) < 0.15 * len(signed)


def _on(allocations: list[AllocationSpec], child: uuid.UUID, role: str, day: date) -> str:
    held = [
        x.worker for x in allocations
        if x.child == child and x.role == role and x.start_date <= day and (x.end_date is None or x.end_date >= day)
    ]  # fmt: skip
    assert len(held) <= 1
    return held[0] if held else ""


def test_the_visitor_and_the_chair_are_the_worker_and_iro_allocated_that_day() -> None:
    a = built(children=80, seed=9)
    for visit in a.visits:
        assert visit.visitor and visit.visitor == _on(
            a.allocations, visit.child, AllocationRole.SOCIAL_WORKER, visit.visited_on
        )
    for review in a.reviews:
        assert review.iro == _on(a.allocations, review.child, AllocationRole.IRO, review.held_on)
    assert sum(bool(r.iro) for r in a.reviews) >= 0.9 * len(a.reviews)


def test_eligible_young_people_have_a_personal_adviser_and_pathway_plans() -> None:
    a = built()
    births = {p.id: p.date_of_birth for p in a.people}
    advisers = [x for x in a.allocations if x.role == AllocationRole.PERSONAL_ADVISER]
    assert advisers
    for adviser in advisers:
        born = births[adviser.child]
        assert born is not None and adviser.start_date >= birthday(born, 16) - timedelta(days=60)
        assert adviser.worker != _on(
            a.allocations, adviser.child, AllocationRole.SOCIAL_WORKER, adviser.start_date
        )
        assert not adviser.worker.startswith("demo.")
    kinds = Counter(p.kind for p in a.plans)
    assert kinds["needs_assessment"] and kinds["pathway_plan"] > kinds["needs_assessment"]


def _facts(a: Authority, child: uuid.UUID) -> ChildFacts:
    """One child's built records as the duty rules read them (what duties/loading.py reads from the database)."""

    def ref(kind: str, row: Any) -> Ref:
        return Ref(kind, str(row.id))

    mine = [p for p in a.plans if p.child == child]
    dated = {
        kind: tuple(
            Dated(ref(kind, p), p.made_on) for p in sorted(mine, key=lambda p: p.made_on) if p.kind == kind
        )
        for kind in ("care_plan", "needs_assessment", "pathway_plan")
    }
    born = next(p.date_of_birth for p in a.people if p.id == child)
    return ChildFacts(
        child_id=str(child),
        date_of_birth=born,
        periods=tuple(CarePeriod(p.start_date, p.end_date) for p in a.periods_of_care if p.child == child),
        legal_statuses=tuple(
            LegalStatusFact(s.code, s.start_date, s.end_date) for s in a.legal_statuses if s.child == child
        ),
        placements=tuple(
            PlacementFact(
                str(p.id),
                p.place,
                p.start_date,
                p.end_date,
                p.intended_until_18_from,
                p.before_assessment,
                p.temporary_approval,
                not p.in_authority,
            )
            for p in a.placements
            if p.child == child
        ),
        visits=tuple(
            VisitFact(ref("visit", v), v.visited_on, v.seen)
            for v in sorted(a.visits, key=lambda v: v.visited_on)
            if v.child == child
        ),
        reviews=tuple(
            Dated(ref("review", r), r.held_on)
            for r in sorted(a.reviews, key=lambda r: r.held_on)
            if r.child == child
        ),
        care_plans=dated["care_plan"],
        needs_assessments=dated["needs_assessment"],
        pathway_plans=dated["pathway_plan"],
        placement_plans=tuple(
            PlacementPlanFact(ref("plan", p), str(p.placement), p.made_on, p.carer_signed_on)
            for p in sorted(mine, key=lambda p: p.made_on)
            if p.placement is not None
        ),
        notifications=tuple(
            NotificationFact(ref("notification", n), str(n.placement), n.sent_on)
            for n in sorted(a.notifications, key=lambda n: n.sent_on)
            if n.child == child
        ),
        health=tuple(
            HealthFact(ref("health", h), h.kind, h.done_on)
            for h in sorted(a.health_checks, key=lambda h: h.done_on)
            if h.child == child
        ),
        peps=tuple(
            Dated(ref("pep", p), p.held_on)
            for p in sorted(a.peps, key=lambda p: p.held_on)
            if p.child == child
        ),
        iro_appointments=tuple(
            Dated(ref("allocation", x), x.start_date)
            for x in sorted(a.allocations, key=lambda x: x.start_date)
            if x.child == child and x.role == "iro"
        ),
    )


def test_the_demo_caseload_has_duties_due_this_week_and_one_or_two_overdue() -> None:
    a = built()
    demo = {
        x.child for x in a.allocations
        if x.role == AllocationRole.SOCIAL_WORKER and x.end_date is None and x.worker == "demo.social_worker"
    }  # fmt: skip
    assert len(demo) >= 3
    config = DutyConfig()
    rules = (visits, reviews, health_assessments, sdq, care_plan, placement_plan, notification, pep_reviews)
    due_this_week = overdue = 0
    for child in demo:
        facts = _facts(a, child)
        for rule in rules:
            for duty in rule(facts, AS_OF, config):
                overdue += duty.status == Status.OVERDUE
                due_this_week += duty.status == Status.DUE and duty.due_on <= AS_OF + timedelta(days=7)
    assert due_this_week >= 2
    assert 1 <= overdue <= 2
