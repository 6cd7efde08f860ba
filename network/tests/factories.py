"""Factories of the network's records, and one of each written through the services for a child (for the access
matrix, lantern/tests/child_routes_network.py)."""

from __future__ import annotations

import datetime
from typing import Any

import factory
from django.utils import timezone

from network import services
from network.models import (
    AgencyKind,
    Concern,
    MeetingAction,
    MeetingAttendance,
    NetworkMeeting,
    NetworkMember,
)
from people.tests.factories import ChildFactory


def ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


class NetworkMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NetworkMember

    child = factory.SubFactory(ChildFactory)
    agency_kind = AgencyKind.SCHOOL
    agency = "Example Academy"
    role = "Designated teacher"
    name = "Dana Teacher"
    from_date = factory.LazyFunction(lambda: ago(200))


class NetworkMeetingFactory(factory.django.DjangoModelFactory):
    """A meeting written straight to the table: for the proposal and alert rules."""

    class Meta:
        model = NetworkMeeting

    child = factory.SubFactory(ChildFactory)
    held_on = factory.LazyFunction(lambda: ago(10))
    information_shared = "School attendance is falling"
    decisions = "Weekly check-ins with the school"


class MeetingActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingAction

    meeting = factory.SubFactory(NetworkMeetingFactory)
    child = factory.SelfAttribute("meeting.child")
    action = "Share the attendance figures"
    owner_name = "Dana Teacher"
    due_on = factory.LazyFunction(lambda: ago(-14))


class ConcernFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Concern

    child = factory.SubFactory(ChildFactory)
    noticed_on = factory.LazyFunction(lambda: ago(1))
    concern = "Robin came home late with a new phone"
    agency = "Example Constabulary"


def add_network_records(*, child: Any, actor: Any, partner: Any) -> dict[str, Any]:
    """A member, a meeting with one attendee and one action (owned by `actor`, due in the future) and a concern
    raised by `partner`, read by nobody yet."""
    member = services.member_save(
        actor=actor,
        member=NetworkMember(
            child=child,
            agency_kind=AgencyKind.SCHOOL,
            agency="Example Academy",
            role="Designated teacher",
            name="Dana Teacher",
            from_date=ago(100),
        ),
    )
    meeting = NetworkMeeting(
        child=child, held_on=ago(5), information_shared="Attendance is falling", decisions="Weekly check-ins"
    )
    attendance = [MeetingAttendance(member=member, name=member.name, agency=member.agency)]
    action = MeetingAction(action="Weekly check-in with the school", owner=actor, due_on=ago(-30))
    services.meeting_save(actor=actor, meeting=meeting, attendance=attendance, actions=[action])
    concern = services.concern_raise(
        actor=partner,
        concern=Concern(child=child, noticed_on=ago(2), concern="Seen with older youths", agency="Police"),
    )
    return {"member": member, "meeting": meeting, "action": action, "concern": concern}
