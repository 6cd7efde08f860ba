"""A child has a risk plan exactly when their latest screening is medium or high. It has two to five actions, each
owned by the social worker allocated that day, a coordinator or police officer holding a grant for the child that
day, or someone named without an account (a teacher); most are done, a few overdue at as_of."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime, time, timedelta

from accounts.roles import Role
from casework.models import AllocationRole
from synthetic.mint import LONDON
from synthetic.spec import GrantSpec, RiskActionSpec
from synthetic.tests.missing_built import AS_OF, built
from synthetic.tests.risk_built import latest_screenings


def test_plans_belong_to_medium_and_high_children_with_owned_actions() -> None:
    a = built()
    latest = latest_screenings(a)
    planned = [p.child for p in a.risk_plans]
    assert len(planned) == len(set(planned))
    assert set(planned) == {child for child, s in latest.items() if s.level in ("medium", "high")}
    actions: dict[uuid.UUID, list[RiskActionSpec]] = defaultdict(list)
    for action in a.risk_actions:
        actions[action.child].append(action)
    assert set(actions) == set(planned)
    assert all(2 <= len(own) <= 5 for own in actions.values())
    roles = {u.username: u.role for u in a.users}
    grants: dict[uuid.UUID, list[GrantSpec]] = defaultdict(list)
    for grant in a.grants:
        grants[grant.child].append(grant)
    for action in a.risk_actions:
        assert bool(action.owner) != bool(action.owner_name.strip())
        day = action.created_at.astimezone(LONDON).date()
        start = datetime.combine(day, time(0), tzinfo=LONDON)
        if action.owner and roles[action.owner] in (Role.MISSING_COORDINATOR, Role.POLICE):
            assert any(
                g.user == action.owner and g.starts_at < start + timedelta(days=1) and g.expires_at > start
                for g in grants[action.child]
            )
        elif action.owner:
            assert any(
                x.child == action.child and x.worker == action.owner and x.role == AllocationRole.SOCIAL_WORKER
                and x.start_date <= day and (x.end_date is None or x.end_date >= day)
                for x in a.allocations
            )  # fmt: skip
        else:
            assert action.owner_agency.startswith("Designated teacher, ")
        assert action.due_on > day and (action.done_on is None or action.done_on >= day)
    overdue = [x for x in a.risk_actions if x.done_on is None and x.due_on < AS_OF]
    done = [x for x in a.risk_actions if x.done_on is not None]
    assert 1 <= len(overdue) <= 0.15 * len(a.risk_actions)
    assert len(done) > len(a.risk_actions) / 2
