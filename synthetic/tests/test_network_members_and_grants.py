"""The seeded networks: every carer of a placement and the host authority of an out-of-area placement are members
for the placement's time; a member linked to a grant is the grant's user, for the grant's child; partners holding a
grant for a child appear in the child's network."""

from __future__ import annotations

from synthetic.tests.missing_built import built


def test_members_follow_placements_and_grants() -> None:
    a = built()
    grants = {g.id: g for g in a.grants}
    users = {u.username: u for u in a.users}
    members = a.members
    assert members
    for member in members:
        assert member.to_date is None or member.to_date >= member.from_date
        if member.grant is not None:
            grant = grants[member.grant]
            assert grant.user == member.user and grant.child == member.child
    carers = {(m.child, m.name, m.from_date, m.to_date) for m in members if m.agency_kind == "carer"}
    hosts = {(m.child, m.from_date) for m in members if m.agency_kind == "host_authority"}
    for placement in a.placements:
        assert (placement.child, placement.carer, placement.start_date, placement.end_date) in carers
        assert ((placement.child, placement.start_date) in hosts) == (not placement.in_authority)
    partner_grants = {
        (g.child, g.user) for g in a.grants if users[g.user].role in ("carer", "police", "health")
    }
    linked = {(m.child, m.user) for m in members if m.grant is not None}
    assert partner_grants <= linked
    assert {m.agency_kind for m in members} >= {
        "carer",
        "school",
        "iro",
        "police",
        "health",
        "host_authority",
    }
