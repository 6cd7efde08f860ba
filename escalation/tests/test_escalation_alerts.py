"""The escalation alerts: a new escalation alerts the other side (the person named when they may see the child, else
the allocated worker and her manager) until it is answered; a stage past its limit alerts both sides and the
managers of the child's workers, and the alert closes when the stage moves on or the escalation closes."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from escalation import services
from escalation.alerting import escalation_alerts
from escalation.tests.factories import days_ago, raised


def _wanted(kind: str) -> dict[int, Any]:
    return {w.recipient_id: w for w in escalation_alerts(timezone.localdate()) if w.kind == kind}


@pytest.mark.django_db
def test_a_new_escalation_alerts_the_other_side_until_it_is_answered(personas: Any) -> None:
    escalation = raised(personas.pat, personas.child)
    found = _wanted(AlertKind.ESCALATION_RAISED)
    assert set(found) == {personas.wendy.pk, personas.mia.pk}
    assert "Example Constabulary raised an escalation about Children’s social care for Robin Fictional" in (
        found[personas.wendy.pk].title
    )
    services.escalation_respond(actor=personas.wendy, escalation=escalation, text="We will meet on Monday")
    assert _wanted(AlertKind.ESCALATION_RAISED) == {}


@pytest.mark.django_db
def test_the_person_named_is_alerted_when_they_may_see_the_child(personas: Any) -> None:
    raised(
        personas.wendy, personas.child, concerning_agency="Example Constabulary", concerning_user=personas.pat
    )
    assert set(_wanted(AlertKind.ESCALATION_RAISED)) == {personas.pat.pk}
    personas.pat.access_grants.update(revoked_at=timezone.now())
    assert set(_wanted(AlertKind.ESCALATION_RAISED)) == {personas.mia.pk}  # not Wendy, who raised it


@pytest.mark.django_db
def test_a_stage_past_its_limit_alerts_both_sides_and_closes_when_it_moves_on(personas: Any) -> None:
    escalation = raised(personas.pat, personas.child, on=days_ago(20), concerning_user=personas.wendy)
    due = escalation.stage_due_on
    found = _wanted(AlertKind.ESCALATION_STAGE_OVERDUE)
    assert set(found) == {personas.pat.pk, personas.wendy.pk, personas.mia.pk}
    assert found[personas.pat.pk].title == (
        f"Stage 1 of the escalation to Children’s social care for Robin Fictional has been overdue since "
        f"{due.day} {due:%b %Y}: resolve it or move it to the next stage"
    )
    assert found[personas.pat.pk].link == f"/children/{personas.child.pk}/escalations/{escalation.pk}/"
    alerts_run(today=timezone.localdate())
    open_overdue = Alert.objects.filter(kind=AlertKind.ESCALATION_STAGE_OVERDUE, closed_on__isnull=True)
    assert open_overdue.count() == 3
    services.escalation_next_stage(actor=personas.pat, escalation=escalation, why="No answer at stage 1")
    assert _wanted(AlertKind.ESCALATION_STAGE_OVERDUE) == {}
    alerts_run(today=timezone.localdate())
    assert not open_overdue.exists()
