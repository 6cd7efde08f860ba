"""The network's alerts, raised and closed by alerts.services.alerts_run for a day: a proposed network meeting to the
allocated social worker (closed once a meeting is held), an overdue action to its owner (or the worker when the
owner cannot see the child), and a concern not yet read to the worker (closed once read). The rules load their
records in bulk: the queries do not grow with the number of children."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from access.models import AccessGrant
from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from care.models import PeriodOfCare
from casework.tests.factories import AllocationFactory
from network import services
from network.alerting import network_alerts
from network.models import Concern
from network.tests.factories import ConcernFactory, MeetingActionFactory, NetworkMeetingFactory, ago
from people.tests.factories import ChildFactory
from risk.models import Level
from risk.tests.factories import ScreeningFactory

PROPOSED = frozenset({AlertKind.NETWORK_MEETING_PROPOSED})
OVERDUE = frozenset({AlertKind.NETWORK_ACTION_OVERDUE})
CONCERN = frozenset({AlertKind.CONCERN_RAISED})


def _open(kind: str) -> dict[int, Alert]:
    return {a.recipient_id: a for a in Alert.objects.filter(kind=kind, closed_on__isnull=True)}


@pytest.mark.django_db
def test_a_meeting_is_proposed_to_the_worker_and_closes_once_held(personas: Any) -> None:
    alerts_run(today=ago(0), kinds=PROPOSED)
    alerts = _open(AlertKind.NETWORK_MEETING_PROPOSED)
    assert set(alerts) == {personas.wendy.pk}
    title = alerts[personas.wendy.pk].title
    assert title.startswith(
        "Robin Fictional: a network meeting is proposed. No network meeting has been held"
    )
    assert alerts[personas.wendy.pk].key == (
        f"{AlertKind.NETWORK_MEETING_PROPOSED}:{personas.child.pk}:{personas.wendy.pk}"
    )
    alerts_run(today=ago(-1), kinds=PROPOSED)
    assert _open(AlertKind.NETWORK_MEETING_PROPOSED)[personas.wendy.pk].title == title
    NetworkMeetingFactory(child=personas.child, held_on=ago(0))
    alerts_run(today=ago(0), kinds=PROPOSED)
    assert _open(AlertKind.NETWORK_MEETING_PROPOSED) == {}


@pytest.mark.django_db
def test_a_high_screening_after_the_last_meeting_proposes_one(personas: Any) -> None:
    NetworkMeetingFactory(child=personas.child, held_on=ago(20))
    alerts_run(today=ago(0), kinds=PROPOSED)
    assert _open(AlertKind.NETWORK_MEETING_PROPOSED) == {}
    screening: Any = ScreeningFactory(child=personas.child, screened_on=ago(3), level=Level.HIGH)
    alerts_run(today=ago(0), kinds=PROPOSED)
    title = _open(AlertKind.NETWORK_MEETING_PROPOSED)[personas.wendy.pk].title
    day = screening.screened_on
    assert f"Exploitation screening on {day.day} {day:%b %Y} found high risk" in title


@pytest.mark.django_db
def test_an_overdue_action_goes_to_its_owner(personas: Any) -> None:
    meeting: Any = NetworkMeetingFactory(child=personas.child, held_on=ago(20))
    owned: Any = MeetingActionFactory(meeting=meeting, owner=personas.pat, owner_name="", due_on=ago(2))
    named: Any = MeetingActionFactory(meeting=meeting, owner_name="Dana Teacher", due_on=ago(2))
    MeetingActionFactory(meeting=meeting, owner_name="Dana Teacher", due_on=ago(-2))
    alerts_run(today=ago(0), kinds=OVERDUE)
    found = {
        (a.key.split(":")[1], a.recipient_id)
        for a in Alert.objects.filter(kind=AlertKind.NETWORK_ACTION_OVERDUE, closed_on__isnull=True)
    }
    assert found == {(str(owned.pk), personas.pat.pk), (str(named.pk), personas.wendy.pk)}
    services.action_done(actor=personas.pat, action=owned, done_on=ago(0), notes="Done")
    alerts_run(today=ago(0), kinds=OVERDUE)
    assert set(_open(AlertKind.NETWORK_ACTION_OVERDUE)) == {personas.wendy.pk}


@pytest.mark.django_db
def test_an_owner_who_no_longer_sees_the_child_leaves_it_to_the_worker(personas: Any) -> None:
    meeting: Any = NetworkMeetingFactory(child=personas.child, held_on=ago(20))
    MeetingActionFactory(meeting=meeting, owner=personas.pat, owner_name="", due_on=ago(2))
    AccessGrant.objects.filter(user=personas.pat).update(revoked_at=timezone.now())
    recipients = {
        w.recipient_id for w in network_alerts(ago(0)) if w.kind == AlertKind.NETWORK_ACTION_OVERDUE
    }
    assert recipients == {personas.wendy.pk}


@pytest.mark.django_db
def test_an_unread_concern_alerts_the_worker_until_read(personas: Any) -> None:
    concern: Any = ConcernFactory(child=personas.child, raised_by=personas.carl, urgent=True)
    alerts_run(today=ago(0), kinds=CONCERN)
    alerts = _open(AlertKind.CONCERN_RAISED)
    assert set(alerts) == {personas.wendy.pk}
    assert "an urgent concern from Example Constabulary" in alerts[personas.wendy.pk].title
    services.concern_read(
        actor=personas.wendy, concern=Concern.objects.get(pk=concern.pk), response="Visited"
    )
    alerts_run(today=ago(0), kinds=CONCERN)
    assert _open(AlertKind.CONCERN_RAISED) == {}


def _children_in_care(count: int, worker: Any) -> None:
    for _ in range(count):
        child: Any = ChildFactory()
        PeriodOfCare.objects.create(child=child, start_date=ago(400))
        AllocationFactory(child=child, worker=worker)
        ScreeningFactory(child=child, screened_on=ago(3), level=Level.HIGH)
        meeting: Any = NetworkMeetingFactory(child=child, held_on=ago(30))
        MeetingActionFactory(meeting=meeting, owner_name="Dana Teacher", due_on=ago(2))
        MeetingActionFactory(meeting=meeting, owner=worker, owner_name="", due_on=ago(2))
        ConcernFactory(child=child, raised_by=worker)


def _queries(today: Any) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        wanted = list(network_alerts(today))
    return len(captured), len(wanted)


@pytest.mark.django_db
def test_the_queries_do_not_grow_with_the_children(personas: Any) -> None:
    _children_in_care(2, personas.wendy)
    few, raised_few = _queries(ago(0))
    _children_in_care(6, personas.wendy)
    many, raised_many = _queries(ago(0))
    assert raised_many > raised_few
    assert many == few
