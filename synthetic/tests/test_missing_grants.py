"""Every active coordinator holds grants for exactly the children who went missing, from each episode's recording
to a year after it began; every return interview worker from each return to four weeks after it
(missing/grants.py)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import timedelta

from accounts.roles import Role
from synthetic.spec import GrantSpec
from synthetic.tests.missing_built import built, episodes_by_child


def test_coordinator_and_return_interviewer_grants_follow_the_episodes() -> None:
    a = built()
    roles = {u.username: u.role for u in a.users if u.left is None}
    per_child = episodes_by_child(a)
    for role, days in ((Role.MISSING_COORDINATOR, 365), (Role.RETURN_INTERVIEWER, 28)):
        users = {name for name, held in roles.items() if held == role}
        assert f"demo.{role}" in users
        grants: dict[tuple[str, uuid.UUID], list[GrantSpec]] = defaultdict(list)
        for g in a.grants:
            if g.user in users:
                grants[(g.user, g.child)].append(g)
        assert {child for _, child in grants} == set(per_child)
        for user in users:
            for child, own in per_child.items():
                held = grants[(user, child)]
                for episode in own:
                    moment, base = episode.reported_at, episode.started_at
                    if role == Role.RETURN_INTERVIEWER:
                        if episode.ended_at is None:
                            continue
                        moment = base = episode.ended_at
                    until = base + timedelta(days=days)
                    assert any(g.starts_at <= moment and g.expires_at >= until for g in held)
                ends = {e.started_at if role == Role.MISSING_COORDINATOR else e.ended_at for e in own}
                assert all(g.expires_at - timedelta(days=days) in ends for g in held)
