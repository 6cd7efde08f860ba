"""Information shared is recorded only for the child's own placements, with a member of the child's own network;
most current placements' carers got and acknowledged the history summary and the plans, some have a gap; out of
the authority's area the host authority is notified, and a few are not."""

from __future__ import annotations

from collections import defaultdict

from synthetic.tests.missing_built import built

CARER_ITEMS = {"history_summary", "care_plan", "placement_plan"}


def test_sharing_is_for_the_childs_own_placements_with_gaps_for_some() -> None:
    a = built()
    placements = {p.id: p for p in a.placements}
    members = {m.id: m for m in a.members}
    acknowledged: dict[object, set[str]] = defaultdict(set)
    notified = set()
    for shared in a.shared:
        placement = placements[shared.placement] if shared.placement else None
        assert placement is not None and placement.child == shared.child
        assert shared.member is not None and members[shared.member].child == shared.child
        assert shared.shared_on >= placement.start_date
        assert shared.acknowledged_on is None or shared.acknowledged_on >= shared.shared_on
        if shared.acknowledged_on:
            acknowledged[shared.placement].add(shared.item)
        if shared.item == "placement_notification":
            assert members[shared.member].agency_kind == "host_authority"
            notified.add(shared.placement)
    current = [p for p in a.placements if p.end_date is None and (a.as_of - p.start_date).days > 14]
    complete = [p for p in current if acknowledged[p.id] >= CARER_ITEMS]
    assert len(complete) > 0.75 * len(current)
    assert len(complete) < len(current)
    away = [p for p in a.placements if not p.in_authority and (a.as_of - p.start_date).days > 14]
    assert away and sum(p.id in notified for p in away) > 0.7 * len(away)
    at_risk = [p for p in a.placements if p.at_risk_since]
    assert at_risk
    for placement in at_risk:
        assert placement.end_date is None and placement.at_risk_since is not None
        assert placement.at_risk_since >= placement.start_date
