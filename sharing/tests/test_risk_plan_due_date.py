"""A risk plan agreed after the placement started is due 5 working days after it was agreed, not by the
placement's due date: each line of the checklist has its own due date, and the alert names the earliest due date
missed by what is still lacking."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from risk.tests.factories import RiskPlanFactory
from sharing.alerting import SHARING_KINDS
from sharing.checklist import Shared, checklist
from sharing.tests.factories import placement, share

START = datetime.date(2026, 3, 2)  # a Monday: due by Monday 9 March
AGREED = datetime.date(2026, 3, 16)  # a Monday: the risk plan is due by Monday 23 March
OTHERS = ("history_summary", "care_plan", "placement_plan")


def test_the_risk_plan_line_has_its_own_due_date() -> None:
    shared = [Shared(item, "carer", START, START) for item in OTHERS]
    on_time = checklist(
        start=START,
        out_of_borough=False,
        has_risk_plan=True,
        risk_plan_agreed_on=AGREED,
        shared=shared,
        today=datetime.date(2026, 3, 23),
    )
    dues = {line.item: line.due_on for line in on_time.lines}
    assert dues == {
        "history_summary": datetime.date(2026, 3, 9),
        "care_plan": datetime.date(2026, 3, 9),
        "placement_plan": datetime.date(2026, 3, 9),
        "risk_plan": datetime.date(2026, 3, 23),
    }
    assert not on_time.complete and not on_time.overdue
    late = checklist(
        start=START,
        out_of_borough=False,
        has_risk_plan=True,
        risk_plan_agreed_on=AGREED,
        shared=shared,
        today=datetime.date(2026, 3, 24),
    )
    assert late.overdue and late.overdue_since == datetime.date(2026, 3, 23)


def test_a_risk_plan_agreed_before_the_placement_is_due_with_the_placement() -> None:
    found = checklist(
        start=START,
        out_of_borough=False,
        has_risk_plan=True,
        risk_plan_agreed_on=datetime.date(2026, 1, 5),
        shared=[],
        today=START,
    )
    assert {line.due_on for line in found.lines} == {datetime.date(2026, 3, 9)}


def _titles() -> set[str]:
    found = Alert.objects.filter(kind=AlertKind.SHARING_INCOMPLETE, closed_on__isnull=True)
    return set(found.values_list("title", flat=True))


@pytest.mark.django_db
def test_the_alert_waits_for_the_risk_plans_own_due_date(personas: Any) -> None:
    new = placement(personas, start=START)
    for item in OTHERS:
        share(personas, item=item, shared_on=START, placement=new, acknowledged_on=START)
    RiskPlanFactory(child=personas.child, agreed_on=AGREED, review_on=datetime.date(2026, 6, 1))
    alerts_run(today=datetime.date(2026, 3, 23), kinds=SHARING_KINDS)
    assert _titles() == set()
    alerts_run(today=datetime.date(2026, 3, 24), kinds=SHARING_KINDS)
    assert _titles() == {"Carers of Robin Fictional have not been given the risk plan (due 23 Mar 2026)"}


@pytest.mark.django_db
def test_the_title_names_the_earliest_missed_due_date(personas: Any) -> None:
    new = placement(personas, start=START)
    share(personas, item="history_summary", shared_on=START, placement=new, acknowledged_on=START)
    RiskPlanFactory(child=personas.child, agreed_on=AGREED, review_on=datetime.date(2026, 6, 1))
    alerts_run(today=datetime.date(2026, 3, 10), kinds=SHARING_KINDS)
    assert _titles() == {
        "Carers of Robin Fictional have not been given the care plan and the placement plan (due 9 Mar 2026)"
    }
    alerts_run(today=datetime.date(2026, 3, 24), kinds=SHARING_KINDS)
    assert _titles() == {
        "Carers of Robin Fictional have not been given the care plan, the placement plan and the risk plan "
        "(due 9 Mar 2026)"
    }
