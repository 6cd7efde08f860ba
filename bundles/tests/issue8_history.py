"""An issue 8 history for the family of bundles/tests/conftest.py: two entries on the register of carers, a period
of care with two placements (the second with a register entry), the schools, an enrolment at each, attendance, a
suspension and a permanent exclusion, a Key Stage 4 school move caused by the second placement (approved, records
sent and received), and a placement match decided for that carer, which led to the placement."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from accounts.models import User
from care.models import PeriodOfCare, Placement
from care.services import care_record_save
from care.tests.factories import CarerProviderFactory
from education.models import Attendance, Enrolment, Exclusion, SchoolMove
from education.tests.factories import SchoolFactory
from matching.models import Outcome, PlacementMatch

D = datetime.date


def _row(carer: Any, rank: int, score: float, words: str) -> dict[str, Any]:
    """A ranked row as matching/snapshot.py keeps it."""
    return {
        "id": str(carer.pk),
        "reference": carer.reference,
        "name": carer.name,
        "kind": carer.kind,
        "area": carer.area,
        "vacancies": 1,
        "rank": rank,
        "score": score,
        "parts": [{"points": score, "words": words}],
        "excluded": [],
    }


def issue8_history(child: Any) -> dict[str, Any]:
    wendy = User.objects.get(username="wendy")
    chosen: Any = CarerProviderFactory(reference="FC-8001", name="Example Carer Household A")
    other: Any = CarerProviderFactory(reference="FC-8002", name="Example Carer Household B")
    care_record_save(
        actor=wendy, record=PeriodOfCare(child=child, start_date=D(2023, 11, 20), category_of_need="N4")
    )
    first: Any = care_record_save(
        actor=wendy,
        record=Placement(
            child=child,
            place="U4",
            provider="PR1",
            carer="Fictional Family",
            start_date=D(2023, 11, 20),
            end_date=D(2025, 9, 30),
            change_reason="CARPL",
        ),
    )
    second: Any = care_record_save(
        actor=wendy,
        record=Placement(
            child=child,
            place="U4",
            provider="PR1",
            carer=chosen.name,
            carer_record=chosen,
            start_date=D(2025, 10, 1),
        ),
    )
    old: Any = SchoolFactory(urn="990801", name="Example Academy North")
    new: Any = SchoolFactory(
        urn="990802", name="Fictional High School", designated_teacher_contact="01234 000000"
    )
    Enrolment.objects.create(child=child, school=old, start_date=D(2022, 9, 1), end_date=D(2025, 10, 3))
    Enrolment.objects.create(child=child, school=new, start_date=D(2025, 10, 13))
    Attendance.objects.create(
        child=child,
        school=old,
        period_start=D(2025, 4, 22),
        period_end=D(2025, 5, 23),
        sessions_possible=46,
        sessions_attended=40,
        unauthorised_absences=4,
    )
    Exclusion.objects.create(
        child=child,
        school=old,
        kind="suspension",
        start_date=D(2025, 3, 3),
        days=Decimal("2.5"),
        reason="Fighting",
    )
    Exclusion.objects.create(
        child=child, school=old, kind="suspension", start_date=D(2025, 6, 2), days=3, reason="x"
    )
    move = SchoolMove.objects.create(
        child=child,
        from_school=old,
        to_school=new,
        reason="placement_move",
        reason_detail="The new carers live across the county",
        placement=second,
        left_on=D(2025, 10, 3),
        joined_on=D(2025, 10, 13),
        records_due_on=D(2025, 10, 24),
        records_sent_on=D(2025, 10, 8),
        records_received_on=D(2025, 10, 14),
        ks4_approved_by="Nadia Officer",
        ks4_approver_level="nominated_officer",
        ks4_approved_on=D(2025, 9, 25),
        designated_teacher_consulted_on=D(2025, 9, 22),
        iro_consulted_on=D(2025, 9, 23),
        recorded_by=wendy,
    )
    match = PlacementMatch.objects.create(
        child=child,
        searched_on=D(2025, 9, 15),
        searched_by=wendy,
        needs={
            "age": 14,
            "sex": "M",
            "missing_pattern": True,
            "areas_to_avoid": [["Example Town", "missing"]],
        },
        worker_notes="Loves football; needs a quiet house.",
        ranking=[_row(chosen, 1, 7.5, "trained in missing"), _row(other, 2, 2.2, "not trained in missing")],
        weights={"skill": 3.0, "distance_per_mile": -0.1},
        chosen=chosen,
        chosen_rank=1,
        chosen_score=7.5,
        reasons="Trained in missing; close to the new school.",
        decided_on=D(2025, 9, 20),
        decided_by=wendy,
        placement=second,
        outcome=Outcome.OPEN,
        outcome_notes="Settling well.",
    )
    PlacementMatch.objects.create(
        child=child,
        searched_on=D(2025, 9, 10),
        searched_by=wendy,
        needs={"age": 14},
        ranking=[{**_row(other, 0, 0.0, ""), "rank": None, "score": None, "excluded": ["no vacancy"]}],
        weights={"skill": 3.0},
    )
    return {"chosen": chosen, "other": other, "first": first, "second": second, "move": move, "match": match}
