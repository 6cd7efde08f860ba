"""Network meetings and concerns make their own chronology entries: a meeting (significant) with the agencies that
came and what was decided; a concern (significant, critical when the child may be at risk now) in the name of the
agency that raised it. Deleting the meeting removes its entry."""

from __future__ import annotations

from typing import Any

import pytest

from chronology.models import Category, ChronologyEntry, Significance
from network import services
from network.models import Attendance, Concern, MeetingAttendance, NetworkMeeting
from network.tests.factories import ago


@pytest.mark.django_db
def test_a_meeting_makes_a_significant_entry(personas: Any) -> None:
    meeting = NetworkMeeting(
        child=personas.child,
        held_on=ago(3),
        information_shared="Attendance down",
        decisions="Weekly check-ins",
    )
    rows = [
        MeetingAttendance(name="Dana Teacher", agency="Example Academy"),
        MeetingAttendance(name="Pat Police", agency="Example Constabulary", attendance=Attendance.APOLOGIES),
    ]
    services.meeting_save(actor=personas.wendy, meeting=meeting, attendance=rows, actions=[])
    entry = ChronologyEntry.objects.get(source_id=str(meeting.pk))
    assert entry.category == Category.NETWORK_MEETING
    assert entry.significance == Significance.SIGNIFICANT
    assert entry.occurred_on == ago(3)
    assert entry.what_happened == "Network meeting (Example Academy). Decided: Weekly check-ins"
    services.meeting_delete(actor=personas.wendy, meeting=meeting, reason="Wrong child")
    assert not ChronologyEntry.objects.filter(source_id=str(meeting.pk)).exists()


@pytest.mark.django_db
def test_a_concern_makes_an_entry_critical_when_urgent(personas: Any) -> None:
    urgent = services.concern_raise(
        actor=personas.pat,
        concern=Concern(
            child=personas.child,
            noticed_on=ago(2),
            concern="In a car with adults",
            agency="Police",
            urgent=True,
        ),
    )
    calm = services.concern_raise(
        actor=personas.carl,
        concern=Concern(
            child=personas.child, noticed_on=ago(1), concern="Quiet at home", agency="Foster carer"
        ),
    )
    first = ChronologyEntry.objects.get(source_id=str(urgent.pk))
    assert first.category == Category.CONCERN and first.significance == Significance.CRITICAL
    assert first.agency == "Example Constabulary"  # a partner's concern is in their own agency's name
    assert first.what_happened == (
        "Concern raised by Example Constabulary (the child may be at risk of harm now): In a car with adults"
    )
    second = ChronologyEntry.objects.get(source_id=str(calm.pk))
    assert second.significance == Significance.SIGNIFICANT and second.agency == str(personas.carl.agency)
