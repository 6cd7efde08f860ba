"""The API's shapes for the child's professional network: members (with their access grant), network meetings with
who was invited and the actions, concerns raised by the network, and the network meeting Lantern proposes."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from ninja import Schema
from pydantic import Field

from lantern.api.schemas import IsoDate, JsonBool, JsonInt, RequestBody, Text, Version, WorkerOut
from network.models import AgencyKind, Attendance


class MemberIn(RequestBody):
    agency_kind: AgencyKind
    agency: Text = Field(min_length=1, max_length=200)
    role: Text = Field(min_length=1, max_length=200, description="Their job or role")
    name: Text = Field(min_length=1, max_length=200)
    user_id: JsonInt | None = Field(None, description="Their Lantern account, if they have one")
    email: Text = Field("", max_length=254)
    phone: Text = Field("", max_length=40)
    from_date: IsoDate
    to_date: IsoDate | None = None
    grant_until: IsoDate | None = Field(
        None,
        description="Give a partner with a Lantern account access to the child's record until this day "
        "(staff are allocated instead, and refused); needs grant_reason",
    )
    grant_reason: Text = Field("", max_length=500)


class MemberPatch(RequestBody):
    version: Version | None = Field(
        None, description="The version you read; if the record has changed since, the change is refused (409)"
    )
    agency: Text | None = Field(None, min_length=1, max_length=200)
    role: Text | None = Field(None, min_length=1, max_length=200)
    name: Text | None = Field(None, min_length=1, max_length=200)
    email: Text | None = Field(None, max_length=254)
    phone: Text | None = Field(None, max_length=40)
    to_date: IsoDate | None = Field(
        None, description="End their involvement on this day (today or before); the grant is revoked with it"
    )
    revoke_grant: JsonBool = Field(True, description="With to_date: take away their access to the record")


class GrantOut(Schema):
    expires_at: datetime
    revoked_at: datetime | None
    active: bool


class MemberOut(Schema):
    id: UUID
    version: int
    agency_kind: AgencyKind
    agency: str
    role: str
    name: str
    user: WorkerOut | None
    email: str
    phone: str
    from_date: date
    to_date: date | None
    current: bool
    grant: GrantOut | None


class MeetingAttendanceIn(RequestBody):
    name: Text = Field(min_length=1, max_length=200)
    agency: Text = Field(min_length=1, max_length=200)
    attendance: Attendance = Attendance.ATTENDED
    member_id: UUID | None = Field(None, description="The network member, when they are one")


class MeetingActionIn(RequestBody):
    action: Text = Field(min_length=1, max_length=5000)
    owner_id: JsonInt | None = Field(
        None, description="A Lantern user in the child's network; or leave it out and give owner_name"
    )
    owner_name: Text = Field("", max_length=200)
    owner_agency: Text = Field("", max_length=200)
    due_on: IsoDate


class MeetingIn(RequestBody):
    held_on: IsoDate
    chair: Text = Field("", max_length=200)
    reason: Text = Field("", max_length=5000)
    information_shared: Text = Field(min_length=1, max_length=20000)
    decisions: Text = Field(min_length=1, max_length=20000)
    next_meeting_on: IsoDate | None = None
    attendance: list[MeetingAttendanceIn] = Field(default_factory=list)
    actions: list[MeetingActionIn] = Field(default_factory=list)


class MeetingAttendanceOut(Schema):
    name: str
    agency: str
    attendance: Attendance
    member_id: UUID | None


class MeetingActionOut(Schema):
    id: UUID
    version: int
    action: str
    owner: WorkerOut | None
    owner_text: str
    due_on: date
    done_on: date | None
    notes: str
    status: str


class MeetingOut(Schema):
    id: UUID
    version: int
    held_on: date
    chair: str
    reason: str
    information_shared: str
    decisions: str
    next_meeting_on: date | None
    attendance: list[MeetingAttendanceOut]
    actions: list[MeetingActionOut]


class ConcernIn(RequestBody):
    noticed_on: IsoDate
    concern: Text = Field(min_length=1, max_length=20000, description="What worries you")
    agency: Text = Field(
        "",
        max_length=200,
        description="For staff, the agency; a partner always raises it in their own agency's name",
    )
    urgent: JsonBool = Field(False, description="The child may be at risk of harm now")


class ConcernOut(Schema):
    id: UUID
    noticed_on: date
    concern: str
    agency: str
    urgent: bool
    raised_by: WorkerOut
    raised_at: datetime
    read_by: WorkerOut | None
    read_at: datetime | None
    response: str


class ProposalOut(Schema):
    proposed: bool
    reasons: list[str] = Field(description="Why Lantern proposes a network meeting, one sentence each")
    last_meeting_on: date | None
