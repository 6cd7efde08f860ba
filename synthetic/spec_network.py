"""The network, information sharing and escalation records of the synthetic authority as plain data (the network,
sharing and escalation apps' models), built without the ORM and written by synthetic/writer_network.py.

Users are referred to by username ("" for none), records by their UUID, as in synthetic/spec.py."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class MemberSpec:
    id: uuid.UUID
    child: uuid.UUID
    agency_kind: str
    agency: str
    role: str
    name: str
    from_date: date
    to_date: date | None
    recorded_by: str  # username, "" for none
    user: str = ""  # username of a member who uses Lantern
    grant: uuid.UUID | None = None  # the member's own access grant for the child
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class MeetingSpec:
    id: uuid.UUID
    child: uuid.UUID
    held_on: date
    chair: str
    reason: str
    information_shared: str
    decisions: str
    next_meeting_on: date | None
    recorded_by: str  # username, "" for none


@dataclass(frozen=True, slots=True)
class AttendanceSpec:
    id: uuid.UUID
    meeting: uuid.UUID
    member: uuid.UUID | None
    name: str
    agency: str
    attendance: str
    position: int


@dataclass(frozen=True, slots=True)
class MeetingActionSpec:
    id: uuid.UUID
    meeting: uuid.UUID
    child: uuid.UUID
    action: str
    due_on: date
    created_at: datetime
    position: int
    owner: str = ""  # username, or "" with owner_name
    owner_name: str = ""
    owner_agency: str = ""
    done_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ConcernSpec:
    id: uuid.UUID
    child: uuid.UUID
    noticed_on: date
    concern: str
    agency: str
    urgent: bool
    raised_by: str  # username
    raised_at: datetime
    read_by: str = ""  # username, "" while unread
    read_at: datetime | None = None
    response: str = ""


@dataclass(frozen=True, slots=True)
class SharedSpec:
    id: uuid.UUID
    child: uuid.UUID
    placement: uuid.UUID | None
    item: str
    recipient_kind: str
    member: uuid.UUID | None
    recipient: str
    shared_on: date
    method: str
    shared_by: str  # username, "" for none
    description: str = ""
    acknowledged_on: date | None = None
    acknowledged_by: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class EscalationSpec:
    id: uuid.UUID
    child: uuid.UUID
    raised_on: date
    raised_by: str  # username
    raised_by_agency: str
    concerning_agency: str
    concern: str
    why_it_matters: str
    wanted_outcome: str
    stage: int
    stage_started_on: date
    stage_due_on: date
    status: str
    concerning_user: str = ""  # username, "" for none
    discussion: uuid.UUID | None = None
    closed_on: date | None = None
    resolution: str = ""


@dataclass(frozen=True, slots=True)
class StepSpec:
    id: uuid.UUID
    escalation: uuid.UUID
    kind: str
    stage: int
    taken_on: date
    by: str  # username
    agency: str
    text: str
    recorded_at: datetime
    due_on: date | None = None
