"""risk_summary_of, for the risk banner of the child's page: the latest screening's level, date and review date,
and the open and overdue actions of the risk plan; None when there is nothing to show."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from risk.models import Level
from risk.selectors import risk_summary_of
from risk.tests.factories import RiskPlanActionFactory, ScreeningFactory

DAY = datetime.date(2026, 11, 20)


@pytest.mark.django_db
def test_nothing_to_show_is_none(personas: Any) -> None:
    assert risk_summary_of(personas.child, today=DAY) is None
    RiskPlanActionFactory(child=personas.child, due_on=DAY, done_on=DAY)
    assert risk_summary_of(personas.child, today=DAY) is None


@pytest.mark.django_db
def test_the_latest_screening_and_the_actions(personas: Any) -> None:
    child = personas.child
    ScreeningFactory(child=child, screened_on=datetime.date(2026, 8, 1), level=Level.LOW)
    latest: Any = ScreeningFactory(
        child=child,
        screened_on=datetime.date(2026, 10, 1),
        review_on=datetime.date(2026, 11, 1),
        level=Level.HIGH,
        referral_required=True,
    )
    ScreeningFactory(child=child, screened_on=datetime.date(2026, 12, 1), level=Level.LOW)  # after the day
    RiskPlanActionFactory(child=child, due_on=datetime.date(2026, 11, 19))
    RiskPlanActionFactory(child=child, due_on=datetime.date(2026, 12, 19))
    RiskPlanActionFactory(child=child, due_on=datetime.date(2026, 11, 1), done_on=datetime.date(2026, 11, 2))
    summary = risk_summary_of(child, today=DAY)
    assert summary is not None
    assert (summary.level, summary.level_label, summary.high) == (Level.HIGH, "High", True)
    assert summary.screened_on == datetime.date(2026, 10, 1) and summary.screening_id == latest.pk
    assert summary.review_on == datetime.date(2026, 11, 1) and summary.review_overdue
    assert summary.referral_required
    assert (summary.open_actions, summary.overdue_actions) == (2, 1)


@pytest.mark.django_db
def test_open_actions_without_a_screening(personas: Any) -> None:
    RiskPlanActionFactory(child=personas.child, due_on=DAY)
    summary = risk_summary_of(personas.child, today=DAY)
    assert summary is not None
    assert (summary.level, summary.level_label, summary.screening_id) == (None, "Not screened", None)
    assert (summary.open_actions, summary.overdue_actions, summary.review_overdue) == (1, 0, False)
