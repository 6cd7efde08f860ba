"""The education routes and API operations for the access tests (lantern/tests/child_routes.py): what each needs, the
ids of the persona child's records in their paths, well-formed POST bodies, and the records the routes need.

Need.EDUCATION (adding and changing attendance and exclusions, records sent and received) is the responsible
workers' and the virtual school's or designated teacher's with a grant; enrolments, school moves and deleting any
education record are the responsible workers' (Need.EDIT).
"""

from __future__ import annotations

import datetime
from typing import Any

from access.guards import Need

URN = "999101"

WEB: dict[str, Need] = {
    "education:record": Need.VIEW,
    "education:move-add": Need.EDIT,
    "education:move-edit": Need.EDIT,
    "education:move-records-sent": Need.EDUCATION,
    "education:move-records-received": Need.EDUCATION,
    "education:enrolment-add": Need.EDIT,
    "education:enrolment-edit": Need.EDIT,
    "education:enrolment-delete": Need.EDIT,
    "education:attendance-add": Need.EDUCATION,
    "education:attendance-edit": Need.EDUCATION,
    "education:attendance-delete": Need.EDIT,
    "education:exclusion-add": Need.EDUCATION,
    "education:exclusion-edit": Need.EDUCATION,
    "education:exclusion-delete": Need.EDIT,
}
POST_ONLY: frozenset[str] = frozenset()
API: dict[tuple[str, str], Need] = {
    ("GET", "/api/v1/children/{child_id}/education"): Need.VIEW,
    ("POST", "/api/v1/children/{child_id}/enrolments"): Need.EDIT,
    ("POST", "/api/v1/children/{child_id}/attendance"): Need.EDUCATION,
    ("POST", "/api/v1/children/{child_id}/exclusions"): Need.EDUCATION,
    ("POST", "/api/v1/children/{child_id}/school-moves"): Need.EDIT,
    ("PATCH", "/api/v1/children/{child_id}/school-moves/{move_id}"): Need.EDUCATION,
}


def ids(personas: Any) -> dict[str, str]:
    child = personas.child
    return {
        "move_id": str(child.school_moves.get().pk),
        "enrolment_id": str(child.enrolments.order_by("start_date").first().pk),
        "attendance_id": str(child.attendance.get().pk),
        "exclusion_id": str(child.exclusions.get().pk),
    }


def bodies(personas: Any) -> dict[str, dict[str, Any]]:
    from education.models import School

    school = str(School.objects.get(urn=URN).pk)
    return {
        "enrolments": {"school_id": school, "start_date": "2026-01-05"},
        "attendance": {
            "school_id": school,
            "period_start": "2026-01-05",
            "period_end": "2026-02-13",
            "sessions_possible": 60,
            "sessions_attended": 58,
        },
        "exclusions": {
            "school_id": school,
            "kind": "suspension",
            "start_date": "2026-01-12",
            "days": "2",
            "reason": "Fighting",
        },
        "school-moves": {"reason": "choice", "left_on": "2026-01-05", "from_school_id": school},
    }


def add_records(personas: Any) -> None:
    from education.models import Attendance, Enrolment, Exclusion, ExclusionKind, MoveReason, SchoolMove
    from education.services import attendance_save, enrolment_save, exclusion_save, school_move_record
    from education.tests.factories import SchoolFactory

    child, wendy = personas.child, personas.wendy
    old: Any = SchoolFactory(urn=URN, name="Example Primary Academy")
    new: Any = SchoolFactory(name="Fictional High School")
    enrolment_save(
        actor=wendy, enrolment=Enrolment(child=child, school=old, start_date=datetime.date(2019, 9, 2))
    )
    attendance_save(
        actor=wendy,
        attendance=Attendance(
            child=child,
            school=old,
            period_start=datetime.date(2025, 1, 6),
            period_end=datetime.date(2025, 2, 14),
            sessions_possible=60,
            sessions_attended=50,
        ),
    )
    exclusion_save(
        actor=wendy,
        exclusion=Exclusion(
            child=child,
            school=old,
            kind=ExclusionKind.SUSPENSION,
            start_date=datetime.date(2025, 3, 3),
            days=2,
            reason="Fighting",
        ),
    )
    school_move_record(
        actor=wendy,
        move=SchoolMove(
            child=child,
            from_school=old,
            to_school=new,
            reason=MoveReason.TRANSITION,
            left_on=datetime.date(2025, 7, 18),
            joined_on=datetime.date(2025, 9, 3),
        ),
        move_enrolments=True,
    )
