"""Reads of the education record for the pages and the API: the child has been cleared by the access rule
(access.guards.load_child or the API's equivalent) before any of these is called."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Q, QuerySet

from duties.duty import OPEN
from duties.selectors import DutyRow, duties_of_child
from education.config import VirtualSchool, school_holidays, virtual_school
from education.key_stage import key_stage, school_year_start, year_group, year_group_label
from education.models import Attendance, Enrolment, Exclusion, PersonalEducationPlan, School, SchoolMove
from education.records import RecordsStatus, records_status
from education.services import move_approval_problems, move_needs_approval

PERSISTENT_ABSENCE_PERCENT = (
    10  # DfE: a pupil missing 10% or more of possible sessions is persistently absent
)
PEP_RULES = frozenset({"R22", "R23"})


def persistently_absent(possible: int, attended: int) -> bool:
    """The DfE's persistent absence: the pupil missed 10% or more of the possible sessions, worked out exactly (a
    rounded percentage would call 89.96% attendance 90% and miss it)."""
    return possible > 0 and 100 * (possible - attended) >= PERSISTENT_ABSENCE_PERCENT * possible


@dataclass(frozen=True)
class AttendanceRow:
    record: Attendance
    percentage: float | None  # rounded, for reading

    @property
    def persistently_absent(self) -> bool:
        return persistently_absent(self.record.sessions_possible, self.record.sessions_attended)


@dataclass(frozen=True)
class MoveRow:
    move: SchoolMove
    records: RecordsStatus
    needs_approval: bool
    approval_missing: bool


@dataclass(frozen=True)
class EducationRecord:
    today: date
    current: list[Enrolment]
    virtual_school: VirtualSchool
    year_group: int | None
    year_group_text: str
    key_stage: str | None
    enrolments: list[Enrolment]
    attendance: list[AttendanceRow]
    overall_attendance: float | None  # this school year's periods, rounded for reading
    persistently_absent: bool  # this school year's periods, unrounded
    exclusions: list[Exclusion]
    moves: list[MoveRow]
    peps: list[PersonalEducationPlan]
    pep_duties: list[DutyRow]
    next_pep_due: DutyRow | None

    @property
    def main_school(self) -> School | None:
        main = [e for e in self.current if not e.dual] or self.current
        return main[0].school if main else None


def schools_search(query: str = "") -> QuerySet[School]:
    """The schools register, searched by name (any part) or URN (exactly)."""
    found = School.objects.order_by("name")
    text = query.strip()
    if text:
        found = found.filter(Q(name__icontains=text) | Q(urn=text))
    return found


def _overall(rows: list[Attendance]) -> float | None:
    possible = sum(r.sessions_possible for r in rows)
    attended = sum(r.sessions_attended for r in rows)
    return round(100 * attended / possible, 1) if possible else None


def move_row(move: SchoolMove, today: date, holidays: list[tuple[date, date]]) -> MoveRow:
    status = records_status(
        due_on=move.records_due_on,
        sent_on=move.records_sent_on,
        received_on=move.records_received_on,
        today=today,
        holidays=holidays,
    )
    problems = move_approval_problems(move)
    return MoveRow(move, status, move_needs_approval(move), bool(problems))


def moves_of(child: Any) -> QuerySet[SchoolMove]:
    return SchoolMove.objects.filter(child=child).select_related(
        "child__person", "from_school", "to_school", "placement__carer_record"
    )


def education_record(*, user: Any, child: Any, today: date) -> EducationRecord:
    enrolments = list(Enrolment.objects.filter(child=child).select_related("school").order_by("-start_date"))
    current = [e for e in enrolments if e.start_date <= today and (e.end_date is None or e.end_date >= today)]
    attendance = list(
        Attendance.objects.filter(child=child).select_related("school").order_by("-period_start")
    )
    holidays = school_holidays()
    moves = [move_row(m, today, holidays) for m in moves_of(child).order_by("-left_on")]
    duties = [
        row for row in duties_of_child(user=user, child=child, as_of=today) if row.duty.rule in PEP_RULES
    ]
    open_duties = sorted((r for r in duties if r.duty.status in OPEN), key=lambda r: r.duty.due_on)
    birth = child.person.date_of_birth
    group = year_group(birth, today) if birth else None
    this_year = [a for a in attendance if a.period_start >= school_year_start(today)]
    return EducationRecord(
        today=today,
        current=current,
        virtual_school=virtual_school(),
        year_group=group,
        year_group_text=year_group_label(group) if group is not None else "Not known (no date of birth)",
        key_stage=key_stage(group) if group is not None else None,
        enrolments=enrolments,
        attendance=[AttendanceRow(a, a.percentage) for a in attendance],
        overall_attendance=_overall(this_year),
        persistently_absent=persistently_absent(
            sum(a.sessions_possible for a in this_year), sum(a.sessions_attended for a in this_year)
        ),
        exclusions=list(
            Exclusion.objects.filter(child=child).select_related("school").order_by("-start_date")
        ),
        moves=moves,
        peps=list(PersonalEducationPlan.objects.filter(child=child).select_related("recorded_by")),
        pep_duties=duties,
        next_pep_due=open_duties[0] if open_duties else None,
    )
