"""A screening's review is three months after it, and the child is screened again: only a few children's latest
review has passed at as_of. Screenings are made in care, before as_of; plans and decisions are reviewed after them."""

from __future__ import annotations

import uuid
from datetime import date

from duties.rules.calendar import months_after
from synthetic.tests.missing_built import AS_OF, built
from synthetic.tests.risk_built import latest_screenings, screenings_by_child


def test_reviews_follow_the_screenings_and_few_are_overdue() -> None:
    a = built()
    periods: dict[uuid.UUID, list[tuple[date, date]]] = {}
    for period in a.periods_of_care:
        periods.setdefault(period.child, []).append((period.start_date, period.end_date or AS_OF))
    for screening in a.screenings:
        assert screening.screened_on < AS_OF
        assert screening.review_on == months_after(screening.screened_on, 3) > screening.screened_on
        assert any(lo <= screening.screened_on <= hi for lo, hi in periods[screening.child])
    for own in screenings_by_child(a).values():
        days = [s.screened_on for s in own]
        assert len(set(days)) == len(days)
    latest = latest_screenings(a).values()
    overdue = [s for s in latest if s.review_on < AS_OF]
    assert overdue
    assert len(overdue) <= max(2, 0.15 * len(latest))
    for plan in a.risk_plans:
        assert plan.agreed_on < AS_OF and plan.review_on > plan.agreed_on
    for discussion in a.discussions:
        assert discussion.held_on < AS_OF
        assert discussion.review_on is None or discussion.review_on >= discussion.held_on
