"""Writing issue 8's part of a built authority (synthetic/writer.py calls this): the register before the placements
(which refer to it), then the schools, the children's schooling and the placement matches, as bulk inserts of
(model, specs, spec to instance). A username of "" is written as no user."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.db import models

from accounts.models import User
from care.models import CarerProvider
from education.models import Attendance, Enrolment, Exclusion, School, SchoolMove
from matching.models import PlacementMatch
from synthetic.care_register import ofsted_urn_of
from synthetic.spec import Authority

EDUCATION_LABELS: dict[type[models.Model], str] = {
    CarerProvider: "register entries",
    School: "schools",
    Enrolment: "enrolments",
    Attendance: "attendance records",
    Exclusion: "exclusions",
    SchoolMove: "school moves",
    PlacementMatch: "placement matches",
}

Steps = list[tuple[type[Any], Sequence[Any], Callable[[Any], Any]]]


def register_steps(a: Authority) -> Steps:
    return [
        (
            CarerProvider,
            a.education.carers,
            lambda c: CarerProvider(
                id=c.id,
                reference=c.reference,
                ofsted_urn=ofsted_urn_of(c),
                name=c.name,
                kind=c.kind,
                agency=c.agency,
                status=c.status,
                address=c.address,
                postcode=c.postcode,
                area=c.area,
                in_authority=c.in_authority,
                easting=c.easting,
                northing=c.northing,
                min_age=c.min_age,
                max_age=c.max_age,
                places=c.places,
                sex_limit=c.sex_limit,
                skills=list(c.skills),
                support=list(c.support),
                approved_on=c.approved_on,
                notes=c.notes,
            ),
        )
    ]


def education_steps(a: Authority, users: dict[str, User]) -> Steps:
    def user(name: str) -> User | None:
        return users[name] if name else None

    e = a.education
    return [
        (
            School,
            e.schools,
            lambda s: School(
                id=s.id,
                urn=s.urn,
                name=s.name,
                authority=s.authority,
                phase=s.phase,
                postcode=s.postcode,
                area=s.area,
                easting=s.easting,
                northing=s.northing,
                designated_teacher=s.designated_teacher,
                designated_teacher_contact=s.designated_teacher_contact,
            ),
        ),
        (
            Enrolment,
            e.enrolments,
            lambda x: Enrolment(
                id=x.id, child_id=x.child, school_id=x.school, start_date=x.start_date, end_date=x.end_date
            ),
        ),
        (
            Attendance,
            e.attendance,
            lambda x: Attendance(
                id=x.id,
                child_id=x.child,
                school_id=x.school,
                period_start=x.period_start,
                period_end=x.period_end,
                sessions_possible=x.sessions_possible,
                sessions_attended=x.sessions_attended,
                unauthorised_absences=x.unauthorised_absences,
            ),
        ),
        (
            Exclusion,
            e.exclusions,
            lambda x: Exclusion(
                id=x.id,
                child_id=x.child,
                school_id=x.school,
                kind=x.kind,
                start_date=x.start_date,
                days=x.days,
                reason=x.reason,
            ),
        ),
        (
            SchoolMove,
            e.moves,
            lambda m: SchoolMove(
                id=m.id,
                child_id=m.child,
                from_school_id=m.from_school,
                to_school_id=m.to_school,
                reason=m.reason,
                reason_detail=m.reason_detail,
                placement_id=m.placement,
                left_on=m.left_on,
                joined_on=m.joined_on,
                records_due_on=m.records_due_on,
                records_sent_on=m.records_sent_on,
                records_received_on=m.records_received_on,
                distant=m.distant,
                ks4_approved_by=m.ks4_approved_by,
                ks4_approver_level=m.ks4_approver_level,
                ks4_approved_on=m.ks4_approved_on,
                designated_teacher_consulted_on=m.designated_teacher_consulted_on,
                iro_consulted_on=m.iro_consulted_on,
                recorded_by=user(m.recorded_by),
            ),
        ),
        (
            PlacementMatch,
            e.matches,
            lambda m: PlacementMatch(
                id=m.id,
                child_id=m.child,
                searched_on=m.searched_on,
                searched_by=users[m.searched_by],
                needs=m.needs,
                worker_notes=m.worker_notes,
                ranking=m.ranking,
                weights=m.weights,
                chosen_id=m.chosen,
                chosen_rank=m.chosen_rank,
                chosen_score=m.chosen_score,
                reasons=m.reasons,
                decided_on=m.decided_on,
                decided_by=user(m.decided_by),
                placement_id=m.placement,
                outcome=m.outcome,
                outcome_on=m.outcome_on,
                outcome_notes=m.outcome_notes,
            ),
        ),
    ]
