"""Writing the education parts of a bundle (bundles/education.py lists them).

A school is found by its URN; one this Lantern does not have is created with the bundle's id and details. A school
already here is used as it is (the receiving authority's own entry), with a note when its name differs. The
enrolments, attendance, exclusions and school moves pass the model's own checks (left before joined, attended more
than possible, a suspension without its days...) and are dated neither before the child's birth nor after today; a
record that names a school must name one in `schools` (`$.enrolments[0].school: names no school in schools`), and a
school move's placement must be an id in `placements`. A school move's records due date is worked out again, 15
school days after the child left by this Lantern's school calendar (The Education (Pupil Information) (England)
Regulations 2005 reg 9(3)).

Each record is written through education/services.py (school_save, enrolment_save, attendance_save,
exclusion_save, school_move_record), which check it and audit it (the importing user as actor). One exception: a
placement move of a pupil in Key Stage 4 without the approval R5 asks, which school_move_record refuses, is part of
the child's history and is not refused here: it passes the same date checks, is saved by save_audited, and a note
says so (`lantern alerts` raises KS4_MOVE_NOT_APPROVED for it). school_move_record names the importing user as who
recorded a move the bundle names no one for: `recorded_by` is then put back to no one by save_audited (a second
audit row says why). A move for another reason than a placement move that names a placement is imported without
it, as school_move_record keeps it, and a note says so."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.db import models

from audit.recording import save_audited
from bundles.education import (
    ATTENDANCE,
    ATTENDANCE_FIELDS,
    DATES,
    ENROLMENT_FIELDS,
    ENROLMENTS,
    EXCLUSION_FIELDS,
    EXCLUSIONS,
    MOVES,
    SCHOOL_FIELDS,
    SCHOOL_LINKS,
    SCHOOLS,
    SECTIONS,
)
from bundles.service_writer import ServiceWriter
from bundles.validation import Problem
from care.models import Placement
from education import services
from education.config import school_holidays
from education.models import (
    MOVE_FIELDS,
    Attendance,
    Enrolment,
    Exclusion,
    School,
    SchoolMove,
)
from education.records import records_due

REASON = "case bundle import"

# section -> (model, fields written as they are)
_RECORDS: dict[str, tuple[type[models.Model], tuple[str, ...]]] = {
    ENROLMENTS: (Enrolment, ENROLMENT_FIELDS),
    ATTENDANCE: (Attendance, ATTENDANCE_FIELDS),
    EXCLUSIONS: (Exclusion, EXCLUSION_FIELDS),
    MOVES: (SchoolMove, MOVE_FIELDS),
}


class EducationWriter(ServiceWriter):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.counts: dict[str, int] = {section: 0 for section in SECTIONS}
        self.notes: list[Problem] = []
        self.schools: dict[str, School | None] = {}  # URN -> the school (None when it failed)
        self.placements: set[str] = set()
        self.saved_placements: dict[str, Placement] = {}
        self.ks4_unapproved: list[Any] = []

    def write(self) -> None:
        self.placements = {p["id"] for p in self.data.get("placements", [])}
        if self.child is not None:
            self.saved_placements = {str(p.pk): p for p in Placement.objects.filter(child=self.child)}
        first: dict[str, int] = {}
        for index, record in enumerate(self.data.get(SCHOOLS, [])):
            path = f"$.{SCHOOLS}[{index}]"
            if record["urn"] in first:
                self.errors.append((f"{path}.urn", f"the same URN as $.{SCHOOLS}[{first[record['urn']]}]"))
                continue
            first[record["urn"]] = index
            self.schools[record["urn"]] = self._school(path, record)
        for section in (ENROLMENTS, ATTENDANCE, EXCLUSIONS, MOVES):
            for index, record in enumerate(self.data.get(section, [])):
                self._record(section, f"$.{section}[{index}]", record)

    def _service(self, section: str, instance: Any) -> Callable[[], Any]:
        actor = self.actor
        if section == ENROLMENTS:
            return lambda: services.enrolment_save(actor=actor, enrolment=instance)
        if section == ATTENDANCE:
            return lambda: services.attendance_save(actor=actor, attendance=instance)
        if section == EXCLUSIONS:
            return lambda: services.exclusion_save(actor=actor, exclusion=instance)
        return lambda: self._move(instance)

    def _move(self, move: SchoolMove) -> None:
        if not services.move_approval_problems(move):
            recorded_by = move.recorded_by
            services.school_move_record(actor=self.actor, move=move)
            if recorded_by is None and move.recorded_by is not None:
                # The service names the importer as who recorded a new move; the bundle names no one.
                move.recorded_by = None
                save_audited(
                    actor=self.actor,
                    instance=move,
                    child_id=move.child_id,
                    reason=f"{REASON}: who recorded the move is not known, as the bundle has it",
                )
            return
        child = move.child
        services.check_move_dates(move)
        move.records_due_on = records_due(move.left_on, school_holidays())
        save_audited(actor=self.actor, instance=move, child_id=child.pk, reason=REASON)
        self.ks4_unapproved.append(move.pk)

    def _school(self, path: str, record: dict[str, Any]) -> School | None:
        existing = School.objects.filter(urn=record["urn"]).first()
        if existing is not None:
            if existing.name != record["name"]:
                self.notes.append(
                    (
                        path,
                        f"URN {existing.urn} is in this Lantern as {existing.name!r}, not {record['name']!r}: "
                        "the school is used as this Lantern has it",
                    )
                )
            return existing
        school = self.build(School, path, record, SCHOOL_FIELDS, dates=DATES)
        if school is None:
            return None
        problems = self.clean(school, path, record, [])
        if problems:
            self.errors += problems
            return None
        if not self.call(path, record, lambda: services.school_save(actor=self.actor, school=school)):
            return None
        self.counts[SCHOOLS] += 1
        return school

    def _link_school(
        self, instance: Any, field: str, path: str, record: dict[str, Any], waiting: list[str]
    ) -> bool:
        urn = record.get(field)
        if urn is None:
            return True
        if urn not in self.schools:
            self.errors.append((f"{path}.{field}", "names no school in schools"))
            return False
        school = self.schools[urn]
        if school is None:
            waiting.append(field)  # the school's own problem is listed
        else:
            setattr(instance, field, school)
        return True

    def _link_placement(
        self, move: SchoolMove, path: str, record: dict[str, Any], waiting: list[str]
    ) -> bool:
        ref = record.get("placement")
        if ref is None:
            return True
        if ref not in self.placements:
            self.errors.append((f"{path}.placement", "names no placement in placements"))
            return False
        if ref in self.saved_placements:
            move.placement = self.saved_placements[ref]
        else:
            waiting.append("placement")
        return True

    def _record(self, section: str, path: str, record: dict[str, Any]) -> None:
        model, names = _RECORDS[section]
        instance = self.build(model, path, record, names, dates=DATES)
        if instance is None:
            return
        if section == EXCLUSIONS and record.get("days") is not None:
            instance.days = Decimal(str(record["days"]))
        waiting: list[str] = []
        linked = [self._link_school(instance, f, path, record, waiting) for f in SCHOOL_LINKS[section]]
        if not all(linked):
            return
        if section == MOVES:
            if not self._link_placement(instance, path, record, waiting):
                return
            instance.recorded_by = self.worker(record, "recorded_by", path, waiting)
        problems = len(self.errors)
        self.errors += self.clean(instance, path, record, ["child", *waiting])
        if self.child is None or waiting or len(self.errors) > problems:
            return
        instance.child = self.child
        unapproved = len(self.ks4_unapproved)
        if self.call(path, record, self._service(section, instance)):
            self.counts[section] += 1
            if section == MOVES and record.get("placement") is not None and instance.placement_id is None:
                self.notes.append(
                    (
                        f"{path}.placement",
                        f"a school move for the reason {instance.reason!r} ({instance.get_reason_display()}) is "
                        "not linked to a placement in Lantern, only a placement move is: imported without its "
                        "placement",
                    )
                )
            if len(self.ks4_unapproved) > unapproved:
                self.notes.append(
                    (
                        f"{path}.ks4_approved_by",
                        "a placement move in Key Stage 4 without the approval regulations 10 and 11 ask (R5): "
                        "imported as the record has it; `lantern alerts` raises an alert for it",
                    )
                )
