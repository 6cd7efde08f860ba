"""The child's education record in a case bundle (education/models.py): the schools the child's records name
(`schools`, each by its DfE URN), the enrolments, attendance, exclusions and school moves, which name a school by
its URN. A school move names the placement that caused it by its id in `placements`, keeps the Key Stage 4 approval
and the transfer of the child's records (`records_due_on` is written for the reader and worked out again on
import). The personal education plans are a care part (bundles/care.py, `personal_education_plans`).
Export here; import by EducationWriter (bundles/education_writer.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bundles.network import fields
from bundles.plain import worker
from education.models import MOVE_FIELDS, Attendance, Enrolment, Exclusion, School, SchoolMove
from people.models import Child

SCHOOLS, ENROLMENTS, ATTENDANCE, EXCLUSIONS, MOVES = (
    "schools",
    "enrolments",
    "attendance",
    "exclusions",
    "school_moves",
)
SECTIONS = (SCHOOLS, ENROLMENTS, ATTENDANCE, EXCLUSIONS, MOVES)

SCHOOL_FIELDS = (
    "urn",
    "name",
    "authority",
    "phase",
    "postcode",
    "area",
    "easting",
    "northing",
    "designated_teacher",
    "designated_teacher_contact",
)
ENROLMENT_FIELDS = ("start_date", "end_date", "dual")
ATTENDANCE_FIELDS = (
    "period_start",
    "period_end",
    "sessions_possible",
    "sessions_attended",
    "unauthorised_absences",
)
EXCLUSION_FIELDS = ("kind", "start_date", "days", "reason")
# The model fields that name a school, per section (the bundle names each by URN).
SCHOOL_LINKS: dict[str, tuple[str, ...]] = {
    ENROLMENTS: ("school",),
    ATTENDANCE: ("school",),
    EXCLUSIONS: ("school",),
    MOVES: ("from_school", "to_school"),
}
DATES = frozenset(
    {
        "start_date",
        "end_date",
        "period_start",
        "period_end",
        "left_on",
        "joined_on",
        "records_due_on",
        "records_sent_on",
        "records_received_on",
        "ks4_approved_on",
        "designated_teacher_consulted_on",
        "iro_consulted_on",
    }
)


def _urn(school: School | None) -> str | None:
    return school.urn if school is not None else None


def _days(value: Decimal | None) -> float | int | None:
    """Days of a suspension as a JSON number: 3 for three days, 2.5 for two and a half."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _school(school: School) -> dict[str, Any]:
    return {"id": str(school.pk), **fields(school, SCHOOL_FIELDS)}


def _enrolment(row: Enrolment) -> dict[str, Any]:
    return {"id": str(row.pk), "school": _urn(row.school), **fields(row, ENROLMENT_FIELDS)}


def _attendance(row: Attendance) -> dict[str, Any]:
    return {"id": str(row.pk), "school": _urn(row.school), **fields(row, ATTENDANCE_FIELDS)}


def _exclusion(row: Exclusion) -> dict[str, Any]:
    data = {"id": str(row.pk), "school": _urn(row.school), **fields(row, EXCLUSION_FIELDS)}
    data["days"] = _days(row.days)
    return data


def _move(move: SchoolMove) -> dict[str, Any]:
    return {
        "id": str(move.pk),
        "from_school": _urn(move.from_school),
        "to_school": _urn(move.to_school),
        "placement": str(move.placement_id) if move.placement_id else None,
        **fields(move, MOVE_FIELDS),
        "recorded_by": worker(move.recorded_by),
    }


def education_export(child: Child) -> dict[str, Any]:
    """The schools by URN; enrolments, exclusions by start date, attendance by the start of the period, school
    moves by the day the child left; each then by id."""
    enrolments = Enrolment.objects.filter(child=child).select_related("school")
    attendance = Attendance.objects.filter(child=child).select_related("school")
    exclusions = Exclusion.objects.filter(child=child).select_related("school")
    moves = SchoolMove.objects.filter(child=child).select_related(
        "from_school", "to_school", "recorded_by__team", "recorded_by__agency"
    )
    schools: list[School | None] = [r.school for r in enrolments]
    schools += [r.school for r in attendance] + [r.school for r in exclusions]
    schools += [s for m in moves for s in (m.from_school, m.to_school)]
    named = {school.urn: school for school in schools if school is not None}
    return {
        SCHOOLS: [_school(named[urn]) for urn in sorted(named)],
        ENROLMENTS: [_enrolment(r) for r in sorted(enrolments, key=lambda r: (r.start_date, str(r.pk)))],
        ATTENDANCE: [_attendance(r) for r in sorted(attendance, key=lambda r: (r.period_start, str(r.pk)))],
        EXCLUSIONS: [_exclusion(r) for r in sorted(exclusions, key=lambda r: (r.start_date, str(r.pk)))],
        MOVES: [_move(m) for m in sorted(moves, key=lambda m: (m.left_on, str(m.pk)))],
    }
