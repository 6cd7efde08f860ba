"""School moves follow placement moves and chase the child's records: most arrive within the 15 school days, some
late, a few recent ones are still awaited past their date (so the demo shows the alert), and every move in Key
Stage 4 caused by a placement has the approval, with the designated teacher and the IRO consulted before it."""

from __future__ import annotations

from education.key_stage import in_key_stage_4
from education.models import MoveReason
from education.school_days import add_school_days
from synthetic.tests.missing_built import AS_OF, built


def test_school_moves_chase_their_records() -> None:
    out = built()
    moves = out.education.moves
    placements = {p.id: p for p in out.placements}
    assert {MoveReason.PLACEMENT_MOVE, MoveReason.TRANSITION} <= {m.reason for m in moves}
    for move in moves:
        assert move.records_due_on == add_school_days(move.left_on, 15)
        assert move.from_school != move.to_school
        assert move.joined_on is None or move.joined_on >= move.left_on
        if move.records_sent_on:
            assert move.left_on <= move.records_sent_on < AS_OF
        if move.records_received_on:
            assert move.records_sent_on and move.records_sent_on <= move.records_received_on < AS_OF
        if move.reason == MoveReason.PLACEMENT_MOVE:
            assert move.placement in placements and placements[move.placement].child == move.child
    on_time = [m for m in moves if m.records_received_on and m.records_received_on <= m.records_due_on]
    late = [m for m in moves if m.records_received_on and m.records_received_on > m.records_due_on]
    awaited = [m for m in moves if m.records_received_on is None and m.records_due_on < AS_OF]
    assert len(on_time) > 3 * len(late) > 0
    assert awaited


def test_key_stage_4_placement_moves_are_approved() -> None:
    out = built()
    birth = {p.id: p.date_of_birth for p in out.people if p.date_of_birth is not None}
    ks4 = [
        m
        for m in out.education.moves
        if m.reason == MoveReason.PLACEMENT_MOVE and in_key_stage_4(birth[m.child], m.left_on)
    ]
    assert ks4
    for move in ks4:
        assert move.ks4_approved_by and move.ks4_approver_level and move.ks4_approved_on
        assert move.designated_teacher_consulted_on and move.iro_consulted_on
        assert move.designated_teacher_consulted_on <= move.ks4_approved_on <= move.left_on
        assert move.iro_consulted_on <= move.ks4_approved_on
