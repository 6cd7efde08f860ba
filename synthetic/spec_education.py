"""The register of carers, schools, the education record and placement matches of the synthetic authority as plain
data (issue 8: care.CarerProvider, the education app's models and matching.PlacementMatch), built without the ORM
and written by synthetic/writer_education.py.

Users are referred to by username ("" for none), records by their UUID, as in synthetic/spec.py."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, slots=True)
class CarerSpec:
    id: uuid.UUID
    reference: str
    name: str
    kind: str
    agency: str
    status: str
    address: str
    postcode: str
    area: str
    in_authority: bool
    easting: int
    northing: int
    min_age: int
    max_age: int
    places: int
    sex_limit: str
    skills: tuple[str, ...]
    support: tuple[str, ...]
    approved_on: date
    notes: str = ""


@dataclass(frozen=True, slots=True)
class SchoolSpec:
    id: uuid.UUID
    urn: str
    name: str
    authority: str
    phase: str
    postcode: str
    area: str
    easting: int
    northing: int
    designated_teacher: str
    designated_teacher_contact: str = ""
    in_authority: bool = True


@dataclass(frozen=True, slots=True)
class EnrolmentSpec:
    id: uuid.UUID
    child: uuid.UUID
    school: uuid.UUID
    start_date: date
    end_date: date | None


@dataclass(frozen=True, slots=True)
class SchoolAttendanceSpec:
    id: uuid.UUID
    child: uuid.UUID
    school: uuid.UUID
    period_start: date
    period_end: date
    sessions_possible: int
    sessions_attended: int
    unauthorised_absences: int


@dataclass(frozen=True, slots=True)
class ExclusionSpec:
    id: uuid.UUID
    child: uuid.UUID
    school: uuid.UUID
    kind: str
    start_date: date
    days: Decimal | None
    reason: str


@dataclass(frozen=True, slots=True)
class SchoolMoveSpec:
    id: uuid.UUID
    child: uuid.UUID
    from_school: uuid.UUID | None
    to_school: uuid.UUID | None
    reason: str
    placement: uuid.UUID | None
    left_on: date
    joined_on: date | None
    records_due_on: date
    records_sent_on: date | None
    records_received_on: date | None
    recorded_by: str  # username, "" for none
    reason_detail: str = ""
    distant: bool = False
    ks4_approved_by: str = ""
    ks4_approver_level: str = ""
    ks4_approved_on: date | None = None
    designated_teacher_consulted_on: date | None = None
    iro_consulted_on: date | None = None


@dataclass(frozen=True, slots=True)
class MatchSpec:
    id: uuid.UUID
    child: uuid.UUID
    searched_on: date
    searched_by: str  # username
    needs: dict[str, Any]
    worker_notes: str
    ranking: list[Any]
    weights: dict[str, Any]
    chosen: uuid.UUID
    chosen_rank: int | None
    chosen_score: float | None
    reasons: str
    decided_on: date
    decided_by: str  # username
    placement: uuid.UUID
    outcome: str
    outcome_on: date | None
    outcome_notes: str = ""


@dataclass
class Education:
    """Issue 8's part of one build (kept on Authority.education)."""

    carers: list[CarerSpec] = field(default_factory=list)
    carer_of: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)  # placement id -> register entry id
    schools: list[SchoolSpec] = field(default_factory=list)
    enrolments: list[EnrolmentSpec] = field(default_factory=list)
    attendance: list[SchoolAttendanceSpec] = field(default_factory=list)
    exclusions: list[ExclusionSpec] = field(default_factory=list)
    moves: list[SchoolMoveSpec] = field(default_factory=list)
    matches: list[MatchSpec] = field(default_factory=list)

    def row_count(self) -> int:
        return sum(
            len(rows)
            for rows in (
                self.carers,
                self.schools,
                self.enrolments,
                self.attendance,
                self.exclusions,
                self.moves,
                self.matches,
            )
        )
