"""The sharing alerts: 5 working days after a placement starts, what its carers lack or have not acknowledged
raises SHARING_INCOMPLETE to the allocated social worker and the manager, one alert per placement and recipient,
closed when the checklist is complete; none for a placement that has ended."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from risk.tests.factories import RiskPlanFactory
from sharing.alerting import SHARING_KINDS
from sharing.services import shared_acknowledge
from sharing.tests.factories import placement, share

START = datetime.date(2026, 3, 2)  # a Monday: due by Monday 9 March


def _run(day: datetime.date) -> None:
    alerts_run(today=day, kinds=SHARING_KINDS)


def _open() -> dict[str, str]:
    found = Alert.objects.filter(kind=AlertKind.SHARING_INCOMPLETE, closed_on__isnull=True)
    return {a.recipient.username: a.title for a in found.select_related("recipient")}


@pytest.mark.django_db
def test_raised_after_five_working_days_and_closed_when_complete(personas: Any) -> None:
    RiskPlanFactory(
        child=personas.child, agreed_on=datetime.date(2026, 2, 1), review_on=datetime.date(2026, 5, 1)
    )
    new = placement(personas, start=START)
    share(personas, item="history_summary", shared_on=START, placement=new, acknowledged_on=START)
    care_plan = share(personas, item="care_plan", shared_on=datetime.date(2026, 3, 4), placement=new)
    _run(datetime.date(2026, 3, 9))
    assert _open() == {}
    _run(datetime.date(2026, 3, 10))
    title = (
        "Carers of Robin Fictional have not been given the placement plan and the risk plan and have not "
        "acknowledged the care plan (due 9 Mar 2026)"
    )
    assert _open() == {"wendy": title, "mia": title}
    alert = Alert.objects.get(kind=AlertKind.SHARING_INCOMPLETE, recipient=personas.wendy)
    assert alert.link == f"/children/{personas.child.pk}/information-shared/placements/{new.pk}/"
    assert alert.child_id == personas.child.pk
    later = datetime.date(2026, 3, 11)
    shared_acknowledge(actor=personas.wendy, shared=care_plan, on=later, by_name="Lee Invented")
    for item in ("placement_plan", "risk_plan"):
        share(personas, item=item, shared_on=later, placement=new, acknowledged_on=later)
    _run(datetime.date(2026, 3, 12))
    assert _open() == {}
    alert.refresh_from_db()
    assert alert.closed_on == datetime.date(2026, 3, 12)


@pytest.mark.django_db
def test_the_title_follows_what_is_still_outstanding(personas: Any) -> None:
    new = placement(personas, start=START)
    share(personas, item="history_summary", shared_on=START, placement=new, acknowledged_on=START)
    share(personas, item="care_plan", shared_on=START, placement=new, acknowledged_on=START)
    share(personas, item="placement_plan", shared_on=START, placement=new)
    _run(datetime.date(2026, 3, 16))
    assert (
        _open()["wendy"]
        == "Carers of Robin Fictional have not acknowledged the placement plan (due 9 Mar 2026)"
    )


@pytest.mark.django_db
def test_not_raised_for_a_placement_that_has_ended(personas: Any) -> None:
    first = personas.child.placements.get()  # from 10 January 2024, nothing shared
    _run(datetime.date(2026, 2, 27))
    assert _open()["wendy"].endswith("(due 17 Jan 2024)")
    placement(personas, start=START)  # the first placement ends on 1 March
    for item in ("history_summary", "care_plan", "placement_plan"):
        share(personas, item=item, shared_on=START, placement=personas.child.placements.get(start_date=START))
    _run(datetime.date(2026, 3, 5))
    assert _open() == {}
    assert not Alert.objects.filter(key__contains=str(first.pk), closed_on__isnull=True).exists()
