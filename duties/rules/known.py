"""A child's facts as known on the day asked about, so that every rule can replay any past day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from operator import attrgetter

from duties.facts import CarePeriod, ChildFacts, LegalStatusFact
from duties.rules.calendar import R


def _upto(records: tuple[R, ...], as_of: date) -> tuple[R, ...]:
    ordered = tuple(sorted(records, key=attrgetter("on")))
    if ordered and ordered[-1].on > as_of:
        return tuple(r for r in ordered if r.on <= as_of)
    return ordered


def _open_end(end: date | None, as_of: date) -> date | None:
    return None if end is None or end > as_of else end


def known_on(facts: ChildFacts, as_of: date) -> ChildFacts:
    """The child's facts as known on `as_of`: records dated later are dropped, periods, statuses and placements that
    start later are dropped, and an end after `as_of` counts as still open. Dated records come back sorted by date."""
    periods = tuple(
        p if p.end is None or p.end <= as_of else CarePeriod(p.start, None)
        for p in sorted(facts.periods, key=attrgetter("start"))
        if p.start <= as_of
    )
    statuses = tuple(
        s if s.end is None or s.end <= as_of else LegalStatusFact(s.code, s.start, None)
        for s in sorted(facts.legal_statuses, key=attrgetter("start"))
        if s.start <= as_of
    )
    placements = tuple(
        p
        if _open_end(p.end, as_of) == p.end and (p.intended_until_18_from or as_of) <= as_of
        else replace(
            p,
            end=_open_end(p.end, as_of),
            intended_until_18_from=p.intended_until_18_from
            if p.intended_until_18_from is not None and p.intended_until_18_from <= as_of
            else None,
        )
        for p in sorted(facts.placements, key=attrgetter("start"))
        if p.start <= as_of
    )
    plans = tuple(
        p if p.carer_signed_on is None or p.carer_signed_on <= as_of else replace(p, carer_signed_on=None)
        for p in _upto(facts.placement_plans, as_of)
    )
    return replace(
        facts,
        periods=periods,
        legal_statuses=statuses,
        placements=placements,
        visits=_upto(facts.visits, as_of),
        reviews=_upto(facts.reviews, as_of),
        care_plans=_upto(facts.care_plans, as_of),
        placement_plans=plans,
        notifications=_upto(facts.notifications, as_of),
        iro_appointments=_upto(facts.iro_appointments, as_of),
        health=_upto(facts.health, as_of),
        peps=_upto(facts.peps, as_of),
        needs_assessments=_upto(facts.needs_assessments, as_of),
        pathway_plans=_upto(facts.pathway_plans, as_of),
        personal_advisers=_upto(facts.personal_advisers, as_of),
    )
