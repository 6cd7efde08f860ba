"""Writing the network parts of a bundle (bundles/network.py lists them) through network/services.py:

- a member (member_save): its dates neither before the child's birth; the model's checks (to_date not before
  from_date). No grant is given: a grant is the receiving authority's own decision;
- a meeting with who was invited and its actions (meeting_save): held neither before the child's birth nor after
  today; the next meeting after it; an attendance's `member` an id in `network_members`; each action with one
  owner, a worker or a name (not both), and not done before the meeting (action_done's rule);
- a concern (concern_raise, by the worker who raised it; concern_read, by the worker who read it): noticed neither
  before the child's birth nor after today; `read_at` only with `read_by`. The times the bundle gives (raised_at,
  read_at) are kept, as the other parts keep theirs.

Each problem is listed at its JSON path (e.g. $.network_meetings[0].actions[1].owner)."""

from __future__ import annotations

from typing import Any

from bundles.network import (
    ACTION_FIELDS,
    ATTENDANCE_FIELDS,
    CONCERN_FIELDS,
    CONCERNS,
    DATES,
    MEETING_FIELDS,
    MEETINGS,
    MEMBER_FIELDS,
    MEMBERS,
    MOMENTS,
    SECTIONS,
)
from bundles.service_writer import ServiceWriter
from network import services
from network.models import Concern, MeetingAction, MeetingAttendance, NetworkMeeting, NetworkMember


class NetworkWriter(ServiceWriter):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.counts: dict[str, int] = {section: 0 for section in SECTIONS}
        self.members: dict[str, NetworkMember | None] = {}  # bundle id -> saved member (None when it failed)

    def write(self) -> None:
        for index, record in enumerate(self.data.get(MEMBERS, [])):
            self.members[record["id"]] = self._member(f"$.{MEMBERS}[{index}]", record)
        for index, record in enumerate(self.data.get(MEETINGS, [])):
            self._meeting(f"$.{MEETINGS}[{index}]", record)
        for index, record in enumerate(self.data.get(CONCERNS, [])):
            self._concern(f"$.{CONCERNS}[{index}]", record)

    def _member(self, path: str, record: dict[str, Any]) -> NetworkMember | None:
        member = self.build(NetworkMember, path, record, MEMBER_FIELDS, dates=DATES)
        if member is None:
            return None
        waiting: list[str] = []
        member.user = self.worker(record, "user", path, waiting)
        member.recorded_by = self.worker(record, "recorded_by", path, waiting)
        if self.child is None or waiting:
            self.errors += self.clean(member, path, record, ["child", *waiting])
            return None
        member.child = self.child
        if not self.call(path, record, lambda: services.member_save(actor=self.actor, member=member)):
            return None
        self.counts[MEMBERS] += 1
        return member

    def _meeting(self, path: str, record: dict[str, Any]) -> None:
        meeting = self.build(NetworkMeeting, path, record, MEETING_FIELDS, dates=DATES)
        if meeting is None:
            return
        waiting: list[str] = []
        meeting.recorded_by = self.worker(record, "recorded_by", path, waiting)
        problems = len(self.errors)
        attendance = [
            self._attendance(f"{path}.attendance[{i}]", row, meeting, waiting)
            for i, row in enumerate(record.get("attendance", []))
        ]
        actions = [
            self._action(f"{path}.actions[{i}]", row, meeting, waiting)
            for i, row in enumerate(record.get("actions", []))
        ]
        if self.child is None or waiting or len(self.errors) > problems:
            return
        meeting.child = self.child
        rows = [r for r in attendance if r is not None]
        done = [a for a in actions if a is not None]
        if self.call(
            path,
            record,
            lambda: services.meeting_save(actor=self.actor, meeting=meeting, attendance=rows, actions=done),
        ):
            self.counts[MEETINGS] += 1

    def _attendance(
        self, path: str, record: dict[str, Any], meeting: NetworkMeeting, waiting: list[str]
    ) -> MeetingAttendance | None:
        row = self.build(MeetingAttendance, path, record, ATTENDANCE_FIELDS, dates=DATES)
        if row is None:
            return None
        ref = record.get("member")
        if ref is not None:
            if ref not in self.members:
                self.errors.append((f"{path}.member", "names no member in network_members"))
                return None
            member = self.members[ref]
            if member is None:
                waiting.append("member")
                return None
            row.member = member
        self.errors += self.clean(row, path, record, ["meeting", "member"])
        return row

    def _action(
        self, path: str, record: dict[str, Any], meeting: NetworkMeeting, waiting: list[str]
    ) -> MeetingAction | None:
        action = self.build(MeetingAction, path, record, ACTION_FIELDS, dates=DATES, moments=MOMENTS)
        if action is None:
            return None
        action.owner = self.worker(record, "owner", path, waiting)
        self.errors += self.clean(action, path, record, ["meeting", "child", *waiting])
        if action.done_on and meeting.held_on and action.done_on < meeting.held_on:
            self.errors.append(
                (
                    f"{path}.done_on",
                    f"{record['done_on']!r} is not valid: It cannot be done before the meeting",
                )
            )
        return action

    def _concern(self, path: str, record: dict[str, Any]) -> None:
        concern = self.build(Concern, path, record, CONCERN_FIELDS, dates=DATES, moments=MOMENTS)
        if concern is None:
            return
        waiting: list[str] = []
        raiser = self.worker(record, "raised_by", path, waiting)
        reader = self.worker(record, "read_by", path, waiting)
        if record.get("read_at") is not None and record.get("read_by") is None:
            self.errors.append((f"{path}.read_at", "is given only with read_by, who read it"))
            return
        if self.child is None or waiting:
            return
        concern.child = self.child
        raised_at, read_at = concern.raised_at, concern.read_at
        concern.read_at = None
        if not self.call(path, record, lambda: services.concern_raise(actor=raiser, concern=concern)):
            return
        if reader is not None and not self.call(
            path,
            record,
            lambda: services.concern_read(actor=reader, concern=concern, response=concern.response),
        ):
            return
        kept = {"raised_at": raised_at} if "raised_at" in record else {}
        if reader is not None and read_at is not None:
            kept["read_at"] = read_at
        if kept:  # the times the bundle gives, rather than the time of the import
            Concern.objects.filter(pk=concern.pk).update(**kept)
        self.counts[CONCERNS] += 1
