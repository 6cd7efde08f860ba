"""A child who goes home from care keeps their social worker for up to a year (the case steps down), until the day
before they next come into care: the return of the year they left then reports a social worker open on 31 March
(SSDA903 rules SW12STG2 and SW17STG2)."""

from __future__ import annotations

from datetime import timedelta

from casework.models import AllocationRole
from synthetic.care_step_down import STEP_DOWN, WENT_HOME
from synthetic.tests.missing_built import built


def test_the_social_worker_stays_after_the_child_goes_home() -> None:
    out = built()
    workers = [a for a in out.allocations if a.role == AllocationRole.SOCIAL_WORKER]
    periods = sorted(out.periods_of_care, key=lambda p: (str(p.child), p.start_date))
    home = [(p, p.end_date) for p in periods if p.end_date is not None and p.end_reason in WENT_HOME]
    assert home
    for period, left in home:
        later = [p.start_date for p in periods if p.child == period.child and p.start_date > left]
        day_after = left + timedelta(days=1)
        if later and later[0] == day_after:
            continue
        until = min([left + STEP_DOWN, *[d - timedelta(days=1) for d in later[:1]]])
        kept = [
            a
            for a in workers
            if a.child == period.child
            and a.start_date <= left
            and (a.end_date is None or a.end_date >= min(until, out.as_of))
        ]
        assert kept, period
