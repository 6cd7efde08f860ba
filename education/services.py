"""Writes of the education record: keyword-only, one transaction each, audited in it (audit.recording).

Schools belong to the authority's register (no child); enrolments, attendance and exclusions are dated records of
the child (lantern.child_records checks their dates against the date of birth and today). A school move sets the
day the child's records are due (education/records.py) and, for a placement move of a pupil in Key Stage 4,
refuses to be recorded without the approval R5 asks (education/ks4.py)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from audit.recording import save_audited
from education.config import school_holidays
from education.ks4 import Approval, approval_needed, approval_problems, is_distant, miles_between
from education.models import MOVE_DATED_FIELDS, Attendance, Enrolment, Exclusion, School, SchoolMove
from education.records import records_due
from lantern.child_records import check_dated, child_record_save

PLANNED_START_DAYS = 90  # how far ahead a school place agreed to start may be recorded


def school_save(*, actor: Any, school: School, expected_version: int | None = None) -> School:
    return save_audited(actor=actor, instance=school, child_id=None, expected_version=expected_version)


@transaction.atomic
def enrolment_save(*, actor: Any, enrolment: Enrolment, expected_version: int | None = None) -> Enrolment:
    """An enrolment may start up to PLANNED_START_DAYS ahead (a school place agreed); it cannot end in the future."""
    child = enrolment.child
    check_planned_start(child=child, field="start_date", day=enrolment.start_date)
    check_dated(child=child, field="end_date", day=enrolment.end_date)
    return save_audited(actor=actor, instance=enrolment, child_id=child.pk, expected_version=expected_version)


@transaction.atomic
def attendance_save(*, actor: Any, attendance: Attendance, expected_version: int | None = None) -> Attendance:
    check_dated(child=attendance.child, field="period_end", day=attendance.period_end)
    return child_record_save(
        actor=actor, instance=attendance, date_field="period_start", expected_version=expected_version
    )


def exclusion_save(*, actor: Any, exclusion: Exclusion, expected_version: int | None = None) -> Exclusion:
    return child_record_save(
        actor=actor, instance=exclusion, date_field="start_date", expected_version=expected_version
    )


def _grid(record: Any) -> tuple[int, int] | None:
    if record is None or record.easting is None or record.northing is None:
        return None
    return (record.easting, record.northing)


def move_distance_miles(move: SchoolMove) -> float | None:
    """Miles from the old school to the placement that caused the move (its register entry), when both are known."""
    placement = move.placement
    carer = placement.carer_record if placement is not None else None
    return miles_between(_grid(move.from_school), _grid(carer))


def move_needs_approval(move: SchoolMove) -> bool:
    return approval_needed(reason=move.reason, birth=move.child.person.date_of_birth, left_on=move.left_on)


def move_approval_problems(move: SchoolMove) -> dict[str, str]:
    """The R5 problems of this move's approval (empty when none is needed or it is complete); the placement is
    distant when the worker ticked it (`move.distant`) or when it is known to be over 20 miles from the old school."""
    if not move_needs_approval(move):
        return {}
    approval = Approval(
        approved_by=move.ks4_approved_by,
        approver_level=move.ks4_approver_level,
        approved_on=move.ks4_approved_on,
        designated_teacher_consulted_on=move.designated_teacher_consulted_on,
        iro_consulted_on=move.iro_consulted_on,
    )
    out_of_area = move.placement is not None and not move.placement.in_authority
    far = is_distant(ticked=move.distant, miles=move_distance_miles(move))
    return approval_problems(approval, distant=far, out_of_area=out_of_area, left_on=move.left_on)


def check_planned_start(*, child: Any, field: str, day: date | None) -> None:
    """A start at a school (an enrolment's start, a move's joining day) may be a place agreed to start soon: up to
    PLANNED_START_DAYS after today, and never before the child's birth."""
    check_dated(child=child, field=field, day=day, allow_future=True)
    latest = timezone.localdate() + timedelta(days=PLANNED_START_DAYS)
    if day is not None and day > latest:
        raise ValidationError(
            {
                field: f"The date can be at most {PLANNED_START_DAYS} days ahead (a school place agreed to start)"
            }
        )


def check_move_dates(move: SchoolMove) -> None:
    """Every date of a move on or after the child's birth and not in the future, but the joining day, which may be
    a place agreed to start soon."""
    for field in MOVE_DATED_FIELDS:
        if field == "joined_on":
            check_planned_start(child=move.child, field=field, day=move.joined_on)
        else:
            check_dated(child=move.child, field=field, day=getattr(move, field))


def _check_move(move: SchoolMove) -> None:
    check_move_dates(move)
    if move.placement is not None and move.placement.child_id != move.child_id:
        raise ValidationError({"placement": "That placement is another child's"})
    if move.reason != "placement_move" and move.placement is not None:
        move.placement = None
    problems = move_approval_problems(move)
    if problems:
        raise ValidationError(problems)


def _move_enrolments(actor: Any, move: SchoolMove) -> None:
    """End the enrolment at the old school on the day the child left, and start one at the new school."""
    if move.from_school is not None:
        open_ones = Enrolment.objects.filter(
            child=move.child, school=move.from_school, start_date__lte=move.left_on, dual=False
        ).exclude(end_date__lt=move.left_on)
        for enrolment in open_ones:
            if enrolment.end_date != move.left_on:
                enrolment.end_date = move.left_on
                enrolment_save(actor=actor, enrolment=enrolment)
    if move.to_school is not None and move.joined_on is not None:
        exists = Enrolment.objects.filter(
            child=move.child, school=move.to_school, start_date=move.joined_on
        ).exists()
        if not exists:
            enrolment_save(
                actor=actor,
                enrolment=Enrolment(child=move.child, school=move.to_school, start_date=move.joined_on),
            )


@transaction.atomic
def school_move_record(
    *,
    actor: Any,
    move: SchoolMove,
    move_enrolments: bool = False,
    expected_version: int | None = None,
) -> SchoolMove:
    """Record a new school move or change one. The records are due 15 school days after the child left the old
    school (The Education (Pupil Information) (England) Regulations 2005 reg 9(3)); a placement move of a pupil in
    Key Stage 4 on the day they left is refused without the approval of CPPCR 2010 regs 10 and 11 (R5): the
    nominated officer (the Director when `move.distant`, or when the placement is known to be over 20 miles from
    the old school), with the designated teacher and the IRO consulted, before the child left. The child may join
    the new school up to PLANNED_START_DAYS ahead (a place agreed to start). `move_enrolments` ends the old school's
    enrolment on left_on and starts the new one on joined_on."""
    _check_move(move)
    move.records_due_on = records_due(move.left_on, school_holidays()) if move.left_on else None
    if move._state.adding and move.recorded_by_id is None:
        move.recorded_by = actor
    saved = save_audited(
        actor=actor, instance=move, child_id=move.child_id, expected_version=expected_version
    )
    if move_enrolments:
        _move_enrolments(actor, saved)
    return saved


def _records_step(
    *, actor: Any, move: SchoolMove, field: str, on: date | None, reason: str, expected_version: int | None
) -> SchoolMove:
    day = on or timezone.localdate()
    check_dated(child=move.child, field=field, day=day)
    setattr(move, field, day)
    return save_audited(
        actor=actor, instance=move, child_id=move.child_id, reason=reason, expected_version=expected_version
    )


@transaction.atomic
def school_move_records_sent(
    *, actor: Any, move: SchoolMove, on: date | None = None, expected_version: int | None = None
) -> SchoolMove:
    """The old school sent the child's records (the common transfer file and the educational record)."""
    return _records_step(
        actor=actor,
        move=move,
        field="records_sent_on",
        on=on,
        reason="school records sent",
        expected_version=expected_version,
    )


@transaction.atomic
def school_move_records_received(
    *, actor: Any, move: SchoolMove, on: date | None = None, expected_version: int | None = None
) -> SchoolMove:
    """The new school received the child's records; a late-records alert closes on the next alerts run. Received
    with no sending date recorded, the records are taken as sent the same day."""
    if move.records_sent_on is None:
        move.records_sent_on = on or timezone.localdate()
    return _records_step(
        actor=actor,
        move=move,
        field="records_received_on",
        on=on,
        reason="school records received",
        expected_version=expected_version,
    )
