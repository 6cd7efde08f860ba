"""The demo social worker's caseload gives the demo coordinator and return interviewer something to see: a child
going missing more often and for longer lately, at night, and a return more than 72 hours ago with no interview
offered yet."""

from __future__ import annotations

from datetime import timedelta

from casework.models import AllocationRole
from synthetic.tests.missing_built import CUTOFF, built, episodes_by_child, local


def test_the_demo_caseload_has_an_escalating_child_and_an_interview_overdue() -> None:
    a = built()
    demo = {
        x.child for x in a.allocations
        if x.role == AllocationRole.SOCIAL_WORKER and x.end_date is None and x.worker == "demo.social_worker"
    }  # fmt: skip
    per_child = episodes_by_child(a)
    interviews = {i.episode: i for i in a.return_interviews}
    escalating = overdue = 0
    for child in demo & set(per_child):
        own = per_child[child]
        last_30 = [e for e in own if e.started_at >= CUTOFF - timedelta(days=30)]
        before = [
            e for e in own if CUTOFF - timedelta(days=210) <= e.started_at < CUTOFF - timedelta(days=30)
        ]
        night = [e for e in last_30 if local(e.started_at).hour >= 22 or local(e.started_at).hour < 6
                 or e.ended_at is None or local(e.ended_at).date() > local(e.started_at).date()]  # fmt: skip
        if (
            len(last_30) >= 3
            and len(last_30) >= 2 * len(before) * 30 / 180
            and len(night) * 2 >= len(last_30)
        ):
            escalating += 1
        for e in own:
            if e.ended_at is not None and CUTOFF - timedelta(days=7) <= e.ended_at < CUTOFF - timedelta(
                hours=72
            ):
                offer = interviews.get(e.id)
                overdue += offer is None or offer.offered_at is None
    assert escalating >= 1
    assert overdue >= 1
