"""The Key Stage 4 placement move rule, pure (statutory-rules.md R5).

A placement move that changes the school of a pupil in Key Stage 4 (Years 10 and 11) needs the approval of the
authority's nominated officer, given after the designated teacher and the independent reviewing officer have been
consulted; a distant placement (outside the authority and its neighbours) needs the Director of children's
services: The Care Planning, Placement and Case Review (England) Regulations 2010, regs 10 and 11, as amended in
2013. Lantern counts a placement as distant when the worker says so, or when the placement's register entry is
known to lie more than DISTANT_MILES from the old school."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from education.key_stage import in_key_stage_4

DISTANT_MILES = 20.0
METRES_PER_MILE = 1609.344
PLACEMENT_MOVE = "placement_move"
NOMINATED_OFFICER = "nominated_officer"
DIRECTOR = "director"


@dataclass(frozen=True)
class Approval:
    approved_by: str = ""
    approver_level: str = ""
    approved_on: date | None = None
    designated_teacher_consulted_on: date | None = None
    iro_consulted_on: date | None = None


def miles_between(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float | None:
    """Straight-line miles between two OS grid references (easting, northing in metres), None when one is unknown."""
    if a is None or b is None:
        return None
    return math.hypot(a[0] - b[0], a[1] - b[1]) / METRES_PER_MILE


def is_distant(*, ticked: bool, miles: float | None) -> bool:
    return ticked or (miles is not None and miles > DISTANT_MILES)


def approval_needed(*, reason: str, birth: date | None, left_on: date | None) -> bool:
    """Whether the R5 approval applies: a school move caused by a placement move of a pupil in Key Stage 4."""
    return (
        reason == PLACEMENT_MOVE
        and birth is not None
        and left_on is not None
        and in_key_stage_4(birth, left_on)
    )


def approval_problems(
    approval: Approval, *, distant: bool, out_of_area: bool, left_on: date | None = None
) -> dict[str, str]:
    """What is missing or wrong in the approval, by field (empty when it is complete). The approval must come
    before the move: CPPCR 2010 regs 10 and 11 (as amended 2013) forbid the placement decision that changes a Key
    Stage 4 pupil's school until it is approved, so an approval dated after the child left the old school
    (`left_on`) is refused, as is a consultation after the approval."""
    problems: dict[str, str] = {}
    if not approval.approved_by.strip():
        problems["ks4_approved_by"] = "Enter who approved the move (Key Stage 4: CPPCR 2010 regs 10 and 11)"
    if distant and approval.approver_level != DIRECTOR:
        problems["ks4_approver_level"] = (
            "A distant placement of a pupil in Key Stage 4 needs the Director of children's services' approval"
        )
    elif approval.approver_level not in (NOMINATED_OFFICER, DIRECTOR):
        where = "an out-of-area placement" if out_of_area else "a placement"
        problems["ks4_approver_level"] = (
            f"Choose the approver: {where} that moves a pupil's school in Key Stage 4 needs the nominated officer"
        )
    if approval.approved_on is None:
        problems["ks4_approved_on"] = "Enter the date the move was approved"
    if approval.designated_teacher_consulted_on is None:
        problems["designated_teacher_consulted_on"] = "Enter the date the designated teacher was consulted"
    if approval.iro_consulted_on is None:
        problems["iro_consulted_on"] = "Enter the date the IRO was consulted"
    if approval.approved_on is not None and left_on is not None and approval.approved_on > left_on:
        problems["ks4_approved_on"] = (
            "The move must be approved before the child leaves the old school (CPPCR 2010 regs 10 and 11)"
        )
    if approval.approved_on is not None:
        for field, consulted, who in (
            (
                "designated_teacher_consulted_on",
                approval.designated_teacher_consulted_on,
                "designated teacher",
            ),
            ("iro_consulted_on", approval.iro_consulted_on, "IRO"),
        ):
            if consulted is not None and consulted > approval.approved_on and field not in problems:
                problems[field] = f"The {who} must be consulted before the move is approved"
    return problems
