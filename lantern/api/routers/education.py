"""The child's education record for partner systems, and the schools register. The same access rule and needs as
the pages (education/views.py): reading needs Need.VIEW; enrolments and school moves need Need.EDIT (the
responsible workers); attendance, exclusions and the records sent or received need Need.EDUCATION (also the
virtual school or designated teacher with a grant); a change to a move's Key Stage 4 approval (its distant tick
included) needs Need.EDIT.
Every write goes through education/services.py, which checks and audits it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Query, Router, Status

from access.guards import Need, load_child
from education import services
from education.config import school_holidays
from education.models import MOVE_FIELDS, Attendance, Enrolment, Exclusion, School, SchoolMove
from education.roles import may_edit_schools, may_read_schools
from education.selectors import (
    AttendanceRow,
    EducationRecord,
    education_record,
    move_row,
    moves_of,
    schools_search,
)
from lantern.api.schemas import ERRORS, WRITE_ERRORS
from lantern.api.schemas_education import (
    EducationOut,
    EnrolmentIn,
    EnrolmentOut,
    ExclusionIn,
    ExclusionOut,
    SchoolAttendanceIn,
    SchoolAttendanceOut,
    SchoolIn,
    SchoolMoveIn,
    SchoolMoveOut,
    SchoolMovePatch,
    SchoolOut,
    SchoolPatch,
    SchoolSearch,
)

router = Router(tags=["education"])
schools_router = Router(tags=["schools"])

KS4_FIELDS = (
    "ks4_approved_by",
    "ks4_approver_level",
    "ks4_approved_on",
    "designated_teacher_consulted_on",
    "iro_consulted_on",
)
_SCHOOL = (
    "urn",
    "name",
    "authority",
    "phase",
    "area",
    "postcode",
    "designated_teacher",
    "designated_teacher_contact",
)
_MOVE = (
    "from_school_id",
    "to_school_id",
    "placement_id",
    *MOVE_FIELDS,
    "distant",
)


def school_out(school: School) -> dict[str, Any]:
    return {"id": school.pk, "version": school.version, **{name: getattr(school, name) for name in _SCHOOL}}


def _enrolment_out(enrolment: Enrolment) -> dict[str, Any]:
    return {
        "id": enrolment.pk,
        "version": enrolment.version,
        "school": school_out(enrolment.school),
        "start_date": enrolment.start_date,
        "end_date": enrolment.end_date,
        "dual": enrolment.dual,
    }


def _attendance_out(row: AttendanceRow) -> dict[str, Any]:
    a = row.record
    return {
        "id": a.pk,
        "version": a.version,
        "school_id": a.school_id,
        "period_start": a.period_start,
        "period_end": a.period_end,
        "sessions_possible": a.sessions_possible,
        "sessions_attended": a.sessions_attended,
        "unauthorised_absences": a.unauthorised_absences,
        "percentage": row.percentage,
        "persistently_absent": row.persistently_absent,
    }


def _exclusion_out(e: Exclusion) -> dict[str, Any]:
    return {
        "id": e.pk,
        "version": e.version,
        "school_id": e.school_id,
        "kind": e.kind,
        "start_date": e.start_date,
        "days": e.days,
        "reason": e.reason,
    }


def _move_out(move: SchoolMove) -> dict[str, Any]:
    row = move_row(move, timezone.localdate(), school_holidays())
    return {
        "id": move.pk,
        "version": move.version,
        **{name: getattr(move, name) for name in _MOVE},
        "records_status": row.records.text,
        "records_late_by": row.records.late_by,
        "needs_ks4_approval": row.needs_approval,
        "ks4_approval_missing": row.approval_missing,
    }


def _record_out(found: EducationRecord) -> dict[str, Any]:
    return {
        "current_schools": [school_out(e.school) for e in found.current],
        "virtual_school": {"name": found.virtual_school.name, "contact": found.virtual_school.contact},
        "year_group": found.year_group,
        "year_group_text": found.year_group_text,
        "key_stage": found.key_stage,
        "attendance_this_school_year": found.overall_attendance,
        "persistently_absent": found.persistently_absent,
        "enrolments": [_enrolment_out(e) for e in found.enrolments],
        "attendance": [_attendance_out(row) for row in found.attendance],
        "exclusions": [_exclusion_out(e) for e in found.exclusions],
        "school_moves": [_move_out(row.move) for row in found.moves],
        "peps": [
            {"id": p.pk, "held_on": p.held_on, "school": p.school, "designated_teacher": p.designated_teacher}
            for p in found.peps
        ],
        "pep_duties": [
            {"rule": r.duty.rule, "name": r.name, "due_on": r.duty.due_on, "status": str(r.duty.status)}
            for r in found.pep_duties
        ],
        "next_pep_due_on": found.next_pep_due.duty.due_on if found.next_pep_due else None,
    }


def _school(school_id: UUID | None, field: str) -> School | None:
    if school_id is None:
        return None
    found = School.objects.filter(pk=school_id).first()
    if found is None:
        raise ValidationError({field: "No school on the register has that id"})
    return found


def _required_school(school_id: UUID, field: str) -> School:
    found = _school(school_id, field)
    if found is None:  # _school refuses an unknown id; None only comes from no id at all
        raise ValidationError({field: "Choose a school"})
    return found


@router.get(
    "/{child_id}/education",
    response={200: EducationOut, **ERRORS},
    summary="The child's education record: school now, virtual school, year group, enrolments, attendance, "
    "exclusions, school moves with the records' transfer, PEPs and their duty due dates",
)
def get_education(request: HttpRequest, child_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.VIEW)
    return _record_out(education_record(user=request.user, child=access.child, today=timezone.localdate()))


@router.post(
    "/{child_id}/enrolments",
    response={201: EnrolmentOut, **WRITE_ERRORS},
    summary="Put the child on a school's roll (end_date when the child left)",
)
def add_enrolment(request: HttpRequest, child_id: UUID, payload: EnrolmentIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    enrolment = Enrolment(
        child=access.child,
        school=_required_school(payload.school_id, "school_id"),
        start_date=payload.start_date,
        end_date=payload.end_date,
        dual=payload.dual,
    )
    services.enrolment_save(actor=request.user, enrolment=enrolment)
    return Status(201, _enrolment_out(enrolment))


@router.post(
    "/{child_id}/attendance",
    response={201: SchoolAttendanceOut, **WRITE_ERRORS},
    summary="Record the child's attendance over a period, in sessions (a school day is two sessions)",
)
def add_attendance(
    request: HttpRequest, child_id: UUID, payload: SchoolAttendanceIn
) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDUCATION)
    attendance = Attendance(
        child=access.child,
        school=_school(payload.school_id, "school_id"),
        period_start=payload.period_start,
        period_end=payload.period_end,
        sessions_possible=payload.sessions_possible,
        sessions_attended=payload.sessions_attended,
        unauthorised_absences=payload.unauthorised_absences,
    )
    services.attendance_save(actor=request.user, attendance=attendance)
    return Status(201, _attendance_out(AttendanceRow(attendance, attendance.percentage)))


@router.post(
    "/{child_id}/exclusions",
    response={201: ExclusionOut, **WRITE_ERRORS},
    summary="Record a suspension (with its days) or a permanent exclusion",
)
def add_exclusion(request: HttpRequest, child_id: UUID, payload: ExclusionIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDUCATION)
    exclusion = Exclusion(
        child=access.child,
        school=_required_school(payload.school_id, "school_id"),
        kind=payload.kind,
        start_date=payload.start_date,
        days=None if payload.days is None else Decimal(str(payload.days)),
        reason=payload.reason,
    )
    services.exclusion_save(actor=request.user, exclusion=exclusion)
    return Status(201, _exclusion_out(exclusion))


@router.post(
    "/{child_id}/school-moves",
    response={201: SchoolMoveOut, **WRITE_ERRORS},
    summary="Record a school move: the records are due 15 school days after the child left; a placement move of "
    "a pupil in Key Stage 4 is refused without the approval of CPPCR 2010 regs 10 and 11",
)
def add_school_move(request: HttpRequest, child_id: UUID, payload: SchoolMoveIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    placement = None
    if payload.placement_id is not None:
        placement = access.child.placements.filter(pk=payload.placement_id).first()
        if placement is None:
            raise ValidationError({"placement_id": "No placement of this child has that id"})
    move = SchoolMove(
        child=access.child,
        from_school=_school(payload.from_school_id, "from_school_id"),
        to_school=_school(payload.to_school_id, "to_school_id"),
        reason=payload.reason,
        reason_detail=payload.reason_detail,
        placement=placement,
        left_on=payload.left_on,
        joined_on=payload.joined_on,
        distant=payload.distant,
        ks4_approved_by=payload.ks4_approved_by,
        ks4_approver_level=payload.ks4_approver_level or "",
        ks4_approved_on=payload.ks4_approved_on,
        designated_teacher_consulted_on=payload.designated_teacher_consulted_on,
        iro_consulted_on=payload.iro_consulted_on,
    )
    services.school_move_record(actor=request.user, move=move, move_enrolments=payload.move_enrolments)
    return Status(201, _move_out(moves_of(access.child).get(pk=move.pk)))


@router.patch(
    "/{child_id}/school-moves/{move_id}",
    response={200: SchoolMoveOut, **WRITE_ERRORS},
    summary="Mark the child's records sent or received (Need.EDUCATION), or complete the Key Stage 4 approval "
    "(the responsible workers)",
)
def change_school_move(
    request: HttpRequest, child_id: UUID, move_id: UUID, payload: SchoolMovePatch
) -> dict[str, Any]:
    changes = payload.dict(exclude_unset=True)
    approving = any(name in KS4_FIELDS or name == "distant" for name in changes)
    # Loaded (and a refusal audited) before the transaction: a refusal raised inside it would roll its audit back.
    access = load_child(request, child_id, need=Need.EDIT if approving else Need.EDUCATION)
    move = moves_of(access.child).filter(pk=move_id).first()
    if move is None:
        raise Http404
    with transaction.atomic():
        _change_move(request, move, changes)
    return _move_out(moves_of(access.child).get(pk=move.pk))


def _change_move(request: HttpRequest, move: SchoolMove, changes: dict[str, Any]) -> None:
    version = changes.pop("version", None)
    approval = {name: value for name, value in changes.items() if name in KS4_FIELDS}
    if approval or "distant" in changes:
        for name, value in approval.items():
            setattr(move, name, value if value is not None or name.endswith("_on") else "")
        if "distant" in changes:
            move.distant = bool(changes["distant"])
        services.school_move_record(actor=request.user, move=move, expected_version=version)
        version = move.version
    if changes.get("records_sent_on") is not None:
        services.school_move_records_sent(
            actor=request.user, move=move, on=changes["records_sent_on"], expected_version=version
        )
        version = move.version
    if changes.get("records_received_on") is not None:
        services.school_move_records_received(
            actor=request.user, move=move, on=changes["records_received_on"], expected_version=version
        )


@schools_router.get(
    "",
    response={200: list[SchoolOut], **ERRORS},
    summary="The schools register, searched by name (any part) or URN; at most 200 schools",
)
def list_schools(request: HttpRequest, params: Query[SchoolSearch]) -> list[dict[str, Any]]:
    if not may_read_schools(request.user):
        raise Http404
    return [school_out(s) for s in schools_search(params.q)[:200]]


@schools_router.post(
    "",
    response={201: SchoolOut, **WRITE_ERRORS},
    summary="Add a school to the register (team managers, administrators and the virtual school)",
)
def add_school(request: HttpRequest, payload: SchoolIn) -> Status[dict[str, Any]]:
    if not may_edit_schools(request.user):
        raise Http404
    school = School(**payload.dict())
    services.school_save(actor=request.user, school=school)
    return Status(201, school_out(school))


@schools_router.patch(
    "/{school_id}",
    response={200: SchoolOut, **WRITE_ERRORS},
    summary="Change a school on the register (team managers, administrators and the virtual school)",
)
def change_school(request: HttpRequest, school_id: UUID, payload: SchoolPatch) -> dict[str, Any]:
    if not may_edit_schools(request.user):
        raise Http404
    school = School.objects.filter(pk=school_id).first()
    if school is None:
        raise Http404
    changes = payload.dict(exclude_unset=True)
    version = changes.pop("version", None)
    for name, value in changes.items():
        if value is not None:
            setattr(school, name, value)
    services.school_save(actor=request.user, school=school, expected_version=version)
    return school_out(school)
