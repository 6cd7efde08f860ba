"""The API's shapes for the education record: schools, enrolments, attendance, exclusions, school moves (with the
records' transfer and the Key Stage 4 approval) and PEPs with their duty due dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

from ninja import Schema
from pydantic import Field

from education.models import ApproverLevel, ExclusionKind, MoveReason, Phase
from lantern.api.schemas import IsoDate, JsonBool, RequestBody, Text, Version


class SchoolIn(RequestBody):
    urn: Text = Field(min_length=1, max_length=8, description="The DfE unique reference number (digits)")
    name: Text = Field(min_length=1, max_length=200)
    authority: Text = Field(min_length=1, max_length=100, description="The local authority the school is in")
    phase: Phase
    area: Text = Field("", max_length=100, description="Town or district")
    postcode: Text = Field("", max_length=10)
    designated_teacher: Text = Field("", max_length=200)
    designated_teacher_contact: Text = Field("", max_length=200)


class SchoolPatch(RequestBody):
    version: Version | None = Field(
        None, description="The version you read; if the record has changed since, the change is refused (409)"
    )
    name: Text | None = Field(None, min_length=1, max_length=200)
    authority: Text | None = Field(None, min_length=1, max_length=100)
    phase: Phase | None = None
    area: Text | None = Field(None, max_length=100)
    postcode: Text | None = Field(None, max_length=10)
    designated_teacher: Text | None = Field(None, max_length=200)
    designated_teacher_contact: Text | None = Field(None, max_length=200)


class SchoolSearch(Schema):
    q: Text = Field("", max_length=200, description="Any part of the name, or the URN")


class SchoolOut(Schema):
    id: UUID
    version: int
    urn: str
    name: str
    authority: str
    phase: Phase
    area: str
    postcode: str
    designated_teacher: str
    designated_teacher_contact: str


class EnrolmentIn(RequestBody):
    school_id: UUID
    start_date: IsoDate = Field(
        description="The day the child joined the school, or will join: up to 90 days ahead (a place agreed)"
    )
    end_date: IsoDate | None = Field(None, description="The day the child left; null while on roll")
    dual: JsonBool = Field(False, description="A dual registration (not the main school)")


class EnrolmentOut(Schema):
    id: UUID
    version: int
    school: SchoolOut
    start_date: date
    end_date: date | None
    dual: bool


class SchoolAttendanceIn(RequestBody):
    school_id: UUID | None = None
    period_start: IsoDate
    period_end: IsoDate
    sessions_possible: int = Field(ge=0, le=1000, description="A school day is two sessions")
    sessions_attended: int = Field(ge=0, le=1000)
    unauthorised_absences: int = Field(0, ge=0, le=1000)


class SchoolAttendanceOut(Schema):
    id: UUID
    version: int
    school_id: UUID | None
    period_start: date
    period_end: date
    sessions_possible: int
    sessions_attended: int
    unauthorised_absences: int
    percentage: float | None
    persistently_absent: bool = Field(
        description="Missed 10% or more of the possible sessions, worked out unrounded (the DfE's measure)"
    )


class ExclusionIn(RequestBody):
    school_id: UUID
    kind: ExclusionKind
    start_date: IsoDate
    days: float | None = Field(
        None,
        gt=0,
        le=45,
        multiple_of=0.5,
        description="Days of a suspension, in half days (a session is half a day)",
    )
    reason: Text = Field(min_length=1, max_length=20000)


class ExclusionOut(Schema):
    id: UUID
    version: int
    school_id: UUID
    kind: ExclusionKind
    start_date: date
    days: Decimal | None
    reason: str


class Ks4Approval(RequestBody):
    ks4_approved_by: Text = Field("", max_length=200)
    ks4_approver_level: ApproverLevel | None = None
    ks4_approved_on: IsoDate | None = None
    designated_teacher_consulted_on: IsoDate | None = None
    iro_consulted_on: IsoDate | None = None


class SchoolMoveIn(Ks4Approval):
    from_school_id: UUID | None = None
    to_school_id: UUID | None = None
    reason: MoveReason
    reason_detail: Text = Field("", max_length=20000)
    placement_id: UUID | None = Field(None, description="The child's placement that caused the move")
    left_on: IsoDate
    joined_on: IsoDate | None = Field(
        None,
        description="The day the child joined, or will join: up to 90 days ahead (a place agreed to start)",
    )
    distant: JsonBool = Field(
        False,
        description="A distant placement (outside the authority and its neighbours, or more than 20 miles from the "
        "old school): in Key Stage 4 the Director must approve; kept with the move",
    )
    move_enrolments: JsonBool = Field(
        False, description="End the old school's enrolment on left_on and start the new one on joined_on"
    )


class SchoolMovePatch(RequestBody):
    version: Version | None = Field(
        None, description="The version you read; if the record has changed since, the change is refused (409)"
    )
    records_sent_on: IsoDate | None = Field(None, description="The day the old school sent the records")
    records_received_on: IsoDate | None = Field(None, description="The day the new school received them")
    ks4_approved_by: Text | None = Field(None, max_length=200)
    ks4_approver_level: ApproverLevel | None = None
    ks4_approved_on: IsoDate | None = None
    designated_teacher_consulted_on: IsoDate | None = None
    iro_consulted_on: IsoDate | None = None
    distant: JsonBool = Field(
        False,
        description="Change whether the placement is distant (a change to the approval: the responsible workers)",
    )


class SchoolMoveOut(Schema):
    id: UUID
    version: int
    from_school_id: UUID | None
    to_school_id: UUID | None
    reason: MoveReason
    reason_detail: str
    placement_id: UUID | None
    left_on: date
    joined_on: date | None
    records_due_on: date | None = Field(description="15 school days after the child left")
    records_sent_on: date | None
    records_received_on: date | None
    records_status: str = Field(description="Due by, late by N school days, sent, or received")
    records_late_by: int = Field(description="School days past the due date while not received")
    needs_ks4_approval: bool
    ks4_approval_missing: bool
    distant: bool = Field(
        description="The worker marked the placement distant: the Director must approve (KS4)"
    )
    ks4_approved_by: str
    ks4_approver_level: str
    ks4_approved_on: date | None
    designated_teacher_consulted_on: date | None
    iro_consulted_on: date | None


class PepOut(Schema):
    id: UUID
    held_on: date
    school: str
    designated_teacher: str


class PepDutyOut(Schema):
    rule: str
    name: str
    due_on: date
    status: str


class VirtualSchoolOut(Schema):
    name: str
    contact: str


class EducationOut(Schema):
    current_schools: list[SchoolOut]
    virtual_school: VirtualSchoolOut
    year_group: int | None = Field(description="Reception is 0; null without a date of birth")
    year_group_text: str
    key_stage: str | None
    attendance_this_school_year: float | None
    persistently_absent: bool
    enrolments: list[EnrolmentOut]
    attendance: list[SchoolAttendanceOut]
    exclusions: list[ExclusionOut]
    school_moves: list[SchoolMoveOut]
    peps: list[PepOut]
    pep_duties: list[PepDutyOut]
    next_pep_due_on: date | None
