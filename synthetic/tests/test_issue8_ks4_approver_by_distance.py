"""A Key Stage 4 placement move is approved at the level its distance asks (education/ks4.py, CPPCR 2010 regs 10 and
11, R5): the Director of children's services for a placement more than 20 miles from the old school, measured as
Lantern measures it (to the placement's register entry), else the nominated officer; so the approval the seed
records is one Lantern accepts."""

from __future__ import annotations

from education.key_stage import in_key_stage_4
from education.ks4 import DISTANT_MILES, Approval, approval_problems, miles_between
from education.models import ApproverLevel, MoveReason
from synthetic.tests.missing_built import built


def test_key_stage_4_approvers_follow_the_20_mile_rule() -> None:
    out = built()
    birth = {p.id: p.date_of_birth for p in out.people if p.date_of_birth is not None}
    schools = {s.id: s for s in out.education.schools}
    carers = {c.id: c for c in out.education.carers}
    placements = {p.id: p for p in out.placements}
    seen: set[bool] = set()
    for move in out.education.moves:
        if move.reason != MoveReason.PLACEMENT_MOVE or not in_key_stage_4(birth[move.child], move.left_on):
            continue
        entry = out.education.carer_of.get(move.placement) if move.placement else None
        if entry is None or move.from_school is None:
            continue
        school, carer = schools[move.from_school], carers[entry]
        miles = miles_between((school.easting, school.northing), (carer.easting, carer.northing))
        assert miles is not None
        far = miles > DISTANT_MILES
        seen.add(far)
        wanted = ApproverLevel.DIRECTOR if far else ApproverLevel.NOMINATED_OFFICER
        assert move.ks4_approver_level == wanted, (round(miles, 1), move.ks4_approver_level)
        approval = Approval(
            move.ks4_approved_by,
            move.ks4_approver_level,
            move.ks4_approved_on,
            move.designated_teacher_consulted_on,
            move.iro_consulted_on,
        )
        out_of_area = move.placement is not None and not placements[move.placement].in_authority
        assert approval_problems(approval, distant=far, out_of_area=out_of_area) == {}
    assert seen == {True, False}
