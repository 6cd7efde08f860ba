"""A placement move that changes the school of a pupil in Key Stage 4 needs the nominated officer's approval, with
the designated teacher and the IRO consulted; a distant placement needs the Director (CPPCR 2010 regs 10-11, R5).
Without it the move is refused; an imported move without it raises KS4_MOVE_NOT_APPROVED."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from alerts.models import AlertKind
from audit.recording import save_audited
from care.tests.factories import CarerProviderFactory, PlacementFactory
from education.alerting import education_alerts
from education.models import MoveReason, SchoolMove
from education.tests.factories import approval, make_ks4, make_school, record_move


def _placement(personas: Any, **fields: Any) -> Any:
    return PlacementFactory(child=personas.child, start_date=datetime.date(2026, 5, 28), **fields)


@pytest.mark.django_db
def test_a_ks4_placement_move_without_approval_is_refused(personas: Any) -> None:
    make_ks4(personas.child)
    with pytest.raises(ValidationError) as refused:
        record_move(
            personas.wendy, personas.child, reason=MoveReason.PLACEMENT_MOVE, placement=_placement(personas)
        )
    assert set(refused.value.message_dict) == {
        "ks4_approved_by",
        "ks4_approver_level",
        "ks4_approved_on",
        "designated_teacher_consulted_on",
        "iro_consulted_on",
    }
    assert not SchoolMove.objects.exists()


@pytest.mark.django_db
def test_the_nominated_officer_approves_an_out_of_area_move(personas: Any) -> None:
    make_ks4(personas.child)
    placement = _placement(personas, in_authority=False)
    move = record_move(
        personas.wendy, personas.child, reason=MoveReason.PLACEMENT_MOVE, placement=placement, **approval()
    )
    assert move.ks4_approved_by == "Nora Nominated"


@pytest.mark.django_db
def test_a_younger_pupil_or_another_reason_needs_no_approval(personas: Any) -> None:
    assert record_move(personas.wendy, personas.child, reason=MoveReason.PLACEMENT_MOVE).pk  # Year 7
    make_ks4(personas.child)
    assert record_move(personas.wendy, personas.child, reason=MoveReason.CHOICE).pk


@pytest.mark.django_db
def test_a_distant_placement_needs_the_director(personas: Any) -> None:
    make_ks4(personas.child)
    with pytest.raises(ValidationError) as ticked:
        record_move(
            personas.wendy, personas.child, reason=MoveReason.PLACEMENT_MOVE, distant=True, **approval()
        )
    assert "Director" in ticked.value.message_dict["ks4_approver_level"][0]
    far_carer = CarerProviderFactory(easting=452000, northing=351000 + 40_000)  # about 25 miles north
    school = make_school(easting=452000, northing=351000)
    with pytest.raises(ValidationError):
        record_move(
            personas.wendy,
            personas.child,
            reason=MoveReason.PLACEMENT_MOVE,
            from_school=school,
            placement=_placement(personas, carer_record=far_carer),
            **approval(),
        )
    move = record_move(
        personas.wendy,
        personas.child,
        reason=MoveReason.PLACEMENT_MOVE,
        from_school=school,
        placement=_placement(personas, carer_record=far_carer),
        **approval(ks4_approver_level="director", ks4_approved_by="Dee Director"),
    )
    assert move.ks4_approver_level == "director"


@pytest.mark.django_db
def test_the_iro_is_consulted_before_the_approval(personas: Any) -> None:
    make_ks4(personas.child)
    with pytest.raises(ValidationError) as refused:
        record_move(
            personas.wendy,
            personas.child,
            reason=MoveReason.PLACEMENT_MOVE,
            **approval(iro_consulted_on=datetime.date(2026, 5, 25)),
        )
    assert refused.value.message_dict == {
        "iro_consulted_on": ["The IRO must be consulted before the move is approved"]
    }


@pytest.mark.django_db
def test_an_imported_move_without_approval_alerts_the_worker_and_the_manager(personas: Any) -> None:
    make_ks4(personas.child)
    move = SchoolMove(
        child=personas.child,
        from_school=make_school(),
        reason=MoveReason.PLACEMENT_MOVE,
        left_on=datetime.date(2026, 6, 1),
    )
    save_audited(actor=personas.wendy, instance=move, child_id=personas.child.pk)  # as a bundle import does
    wanted = [
        w for w in education_alerts(datetime.date(2026, 7, 1)) if w.kind == AlertKind.KS4_MOVE_NOT_APPROVED
    ]
    assert {w.recipient_id for w in wanted} == {personas.wendy.pk, personas.mia.pk}
    assert "Key Stage 4" in wanted[0].title
    for name, value in approval().items():
        setattr(move, name, value)
    save_audited(actor=personas.wendy, instance=move, child_id=personas.child.pk)
    assert not [
        w for w in education_alerts(datetime.date(2026, 7, 1)) if w.kind == AlertKind.KS4_MOVE_NOT_APPROVED
    ]
