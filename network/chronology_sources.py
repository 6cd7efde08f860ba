"""How network meetings and concerns appear in the child's chronology (learning points 4 and 8): a meeting with the
agencies that came and what was decided; a concern with who raised it, critical when the child may be at risk now."""

from __future__ import annotations

from django.urls import reverse

from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import Facts, register
from network.models import Attendance, Concern, NetworkMeeting

_CHILDRENS_SERVICES = "Children’s social care"


def _agencies(meeting: NetworkMeeting) -> list[str]:
    found: list[str] = []
    for row in meeting.attendance.all():
        if row.attendance == Attendance.ATTENDED and row.agency not in found:
            found.append(row.agency)
    return found


def meeting_facts(meeting: NetworkMeeting) -> Facts:
    agencies = _agencies(meeting)
    text = "Network meeting"
    if agencies:
        text += f" ({', '.join(agencies)})"
    text += f". Decided: {meeting.decisions}"
    actions = len(meeting.actions.all())
    if actions:
        text += f" {actions} action{'' if actions == 1 else 's'} agreed."
    return Facts(
        child_id=meeting.child_id,
        occurred_on=meeting.held_on,
        category=Category.NETWORK_MEETING,
        what_happened=text,
        agency=_CHILDRENS_SERVICES,
        significance=Significance.SIGNIFICANT,
    )


def concern_facts(concern: Concern) -> Facts:
    text = f"Concern raised by {concern.agency}"
    if concern.urgent:
        text += " (the child may be at risk of harm now)"
    text += f": {concern.concern}"
    return Facts(
        child_id=concern.child_id,
        occurred_on=concern.noticed_on,
        category=Category.CONCERN,
        what_happened=text,
        agency=concern.agency[:200],
        significance=Significance.CRITICAL if concern.urgent else Significance.SIGNIFICANT,
    )


def _meeting_link(entry: ChronologyEntry) -> str:
    return reverse("network:meeting", args=[entry.child_id, entry.source_id])


def _concern_link(entry: ChronologyEntry) -> str:
    return reverse("network:concern", args=[entry.child_id, entry.source_id])


def register_sources() -> None:
    register(
        NetworkMeeting,
        source_type="networkmeeting",
        describe=meeting_facts,
        queryset=lambda: NetworkMeeting.objects.prefetch_related("attendance", "actions"),
        link=_meeting_link,
        label="Network meeting",
    )
    register(
        Concern,
        source_type="networkconcern",
        describe=concern_facts,
        link=_concern_link,
        label="Concern from the network",
    )
