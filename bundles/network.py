"""The child's professional network in a case bundle (network/models.py): the members (`network_members`), the
network meetings, each with who was invited and the actions (`network_meetings`), and the concerns partners raised
(`network_concerns`). Export here; import by NetworkWriter (bundles/network_writer.py), through network/services.py.

A member's access grant is not in the bundle: a grant is the receiving authority's own decision (access is
need-to-know, given by the authority that holds the record), so an imported member has none."""

from __future__ import annotations

from typing import Any

from bundles.plain import plain, worker
from network.models import Concern, MeetingAction, MeetingAttendance, NetworkMeeting, NetworkMember
from people.models import Child

MEMBERS, MEETINGS, CONCERNS = "network_members", "network_meetings", "network_concerns"
SECTIONS = (MEMBERS, MEETINGS, CONCERNS)

MEMBER_FIELDS = ("agency_kind", "agency", "role", "name", "email", "phone", "from_date", "to_date")
MEETING_FIELDS = ("held_on", "chair", "reason", "information_shared", "decisions", "next_meeting_on")
ATTENDANCE_FIELDS = ("name", "agency", "attendance")
ACTION_FIELDS = ("action", "owner_name", "owner_agency", "due_on", "done_on", "notes", "created_at")
CONCERN_FIELDS = ("noticed_on", "concern", "agency", "urgent", "raised_at", "read_at", "response")

DATES = frozenset({"from_date", "to_date", "held_on", "next_meeting_on", "due_on", "done_on", "noticed_on"})
MOMENTS = frozenset({"created_at", "raised_at", "read_at"})
_BY = ("team", "agency")


def fields(instance: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: plain(getattr(instance, name)) for name in names}


def _member(member: NetworkMember) -> dict[str, Any]:
    return {
        "id": str(member.pk),
        **fields(member, MEMBER_FIELDS),
        "user": worker(member.user),
        "recorded_by": worker(member.recorded_by),
    }


def _attendance(row: MeetingAttendance) -> dict[str, Any]:
    member = str(row.member_id) if row.member_id else None
    return {"id": str(row.pk), "member": member, **fields(row, ATTENDANCE_FIELDS)}


def _action(action: MeetingAction) -> dict[str, Any]:
    return {"id": str(action.pk), **fields(action, ACTION_FIELDS), "owner": worker(action.owner)}


def _meeting(meeting: NetworkMeeting) -> dict[str, Any]:
    attendance = sorted(meeting.attendance.all(), key=lambda r: (r.position, str(r.pk)))
    actions = sorted(meeting.actions.all(), key=lambda a: (a.position, str(a.pk)))
    return {
        "id": str(meeting.pk),
        **fields(meeting, MEETING_FIELDS),
        "recorded_by": worker(meeting.recorded_by),
        "attendance": [_attendance(r) for r in attendance],
        "actions": [_action(a) for a in actions],
    }


def _concern(concern: Concern) -> dict[str, Any]:
    return {
        "id": str(concern.pk),
        **fields(concern, CONCERN_FIELDS),
        "raised_by": worker(concern.raised_by),
        "read_by": worker(concern.read_by),
    }


def network_export(child: Child) -> dict[str, Any]:
    """Members by start date then id, meetings by date then id (who was invited and the actions in their order),
    concerns by the day noticed then id."""
    members = NetworkMember.objects.filter(child=child).select_related(
        *(f"user__{x}" for x in _BY), *(f"recorded_by__{x}" for x in _BY)
    )
    meetings = (
        NetworkMeeting.objects.filter(child=child)
        .select_related(*(f"recorded_by__{x}" for x in _BY))
        .prefetch_related("attendance", "actions__owner__team", "actions__owner__agency")
    )
    concerns = Concern.objects.filter(child=child).select_related(
        *(f"raised_by__{x}" for x in _BY), *(f"read_by__{x}" for x in _BY)
    )
    return {
        MEMBERS: [_member(m) for m in sorted(members, key=lambda m: (m.from_date, str(m.pk)))],
        MEETINGS: [_meeting(m) for m in sorted(meetings, key=lambda m: (m.held_on, str(m.pk)))],
        CONCERNS: [_concern(c) for c in sorted(concerns, key=lambda c: (c.noticed_on, str(c.pk)))],
    }
