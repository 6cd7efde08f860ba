"""The demo social worker's escalating child is screened high lately, has had a strategy discussion since with the
police dissenting, and has a risk plan with one action overdue, owned by the demo social worker: so the child's page
shows the risk banner and the demo users get the alerts."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from django.core.management import call_command

from accounts.models import User
from alerts.models import AlertKind
from people.models import Child
from risk.alerting import risk_alerts
from risk.selectors import risk_summary_of
from synthetic.generator import build_authority
from synthetic.mint import LONDON
from synthetic.spec import Authority
from synthetic.tests.missing_built import AS_OF, built
from synthetic.tests.risk_built import demo_caseload, latest_screenings

CHILDREN, YEARS, SEED = 60, 3, 6  # a small authority, as test_missing_seed_writes seeds


def small() -> Authority:
    return build_authority(children=CHILDREN, years=YEARS, seed=SEED, as_of=AS_OF)


def demo_child(a: Authority) -> uuid.UUID:
    """The demo caseload's child screened high lately, with an overdue action owned by the demo social worker."""
    latest = latest_screenings(a)
    overdue = {
        x.child for x in a.risk_actions
        if x.owner == "demo.social_worker" and x.done_on is None and x.due_on < AS_OF
    }  # fmt: skip
    found = [
        child
        for child in demo_caseload(a) & overdue
        if child in latest
        and latest[child].level == "high"
        and latest[child].screened_on >= AS_OF - timedelta(21)
    ]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("make", [built, small])
def test_the_demo_child_is_high_with_an_overdue_action_and_police_dissent(make: Any) -> None:
    a = make()
    child = demo_child(a)
    screened = latest_screenings(a)[child].screened_on
    overdue = [x for x in a.risk_actions if x.child == child and x.done_on is None and x.due_on < AS_OF]
    assert len(overdue) == 1
    assert [p.child for p in a.risk_plans].count(child) == 1
    discussions = [d for d in a.discussions if d.child == child and d.held_on >= screened]
    assert len(discussions) == 1
    dissent = [p for p in a.participants if p.discussion == discussions[0].id and p.dissent]
    assert [p.agency for p in dissent] == ["Lanternshire Constabulary"]
    moment = datetime.combine(AS_OF, time(0), tzinfo=LONDON) - timedelta(hours=1)
    assert any(
        g.child == child and g.user == "demo.police" and g.starts_at <= moment < g.expires_at
        for g in a.grants
    )


@pytest.mark.django_db
def test_the_demo_users_get_the_risk_alerts() -> None:
    call_command(
        "seed",
        f"--children={CHILDREN}",
        f"--years={YEARS}",
        f"--seed={SEED}",
        f"--as-of={AS_OF}",
        "--no-progress",
        stdout=None,
    )
    child_id = demo_child(small())
    summary = risk_summary_of(Child.objects.get(pk=child_id), today=AS_OF)
    assert summary is not None and summary.high and summary.overdue_actions == 1
    wanted = {(w.kind, w.recipient_id) for w in risk_alerts(AS_OF) if w.child_id == child_id}
    users = {u.username: u.pk for u in User.objects.filter(username__startswith="demo.")}
    for username in ("demo.social_worker", "demo.team_manager", "demo.missing_coordinator", "demo.police"):
        assert (AlertKind.RISK_HIGH, users[username]) in wanted, username
    assert (AlertKind.RISK_ACTION_OVERDUE, users["demo.social_worker"]) in wanted
