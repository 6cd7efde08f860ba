"""The Key Stage 4 approval must come before the move: an approval dated after the child left the old school is
refused (CPPCR 2010 regs 10 and 11, as amended 2013: the placement decision is not made until it is approved), by
the rule, by the service and in the form; approved on the day the child left is in time."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from care.models import Placement
from education.ks4 import Approval, approval_problems
from education.models import MoveReason, SchoolMove
from education.tests.factories import approval, make_ks4, record_move

LEFT = datetime.date(2026, 6, 1)

pytestmark = pytest.mark.usefixtures("fixed_today")


def _approval(approved_on: datetime.date) -> Approval:
    return Approval(
        approved_by="Nora Nominated",
        approver_level="nominated_officer",
        approved_on=approved_on,
        designated_teacher_consulted_on=datetime.date(2026, 5, 18),
        iro_consulted_on=datetime.date(2026, 5, 19),
    )


def test_the_rule_refuses_an_approval_after_the_child_left() -> None:
    late = approval_problems(
        _approval(LEFT + datetime.timedelta(days=1)), distant=False, out_of_area=False, left_on=LEFT
    )
    assert late == {
        "ks4_approved_on": "The move must be approved before the child leaves the old school (CPPCR 2010 regs 10 and 11)"
    }
    assert approval_problems(_approval(LEFT), distant=False, out_of_area=False, left_on=LEFT) == {}


@pytest.mark.django_db
def test_the_service_refuses_a_move_approved_after_the_child_left(personas: Any) -> None:
    make_ks4(personas.child)
    with pytest.raises(ValidationError) as refused:
        record_move(
            personas.wendy,
            personas.child,
            reason=MoveReason.PLACEMENT_MOVE,
            left_on=LEFT,
            **approval(ks4_approved_on=datetime.date(2026, 6, 2)),
        )
    assert list(refused.value.message_dict) == ["ks4_approved_on"]
    assert not SchoolMove.objects.exists()


@pytest.mark.django_db
def test_the_form_shows_the_refusal_at_the_approval_date(personas: Any) -> None:
    make_ks4(personas.child)
    client = Client()
    client.force_login(personas.wendy)
    response = client.post(
        f"/children/{personas.child.pk}/education/moves/new/",
        {
            "reason": "placement_move",
            "placement": str(Placement.objects.get(child=personas.child).pk),
            "left_on": "1/6/2026",
            "ks4_approved_by": "Nora Nominated",
            "ks4_approver_level": "nominated_officer",
            "ks4_approved_on": "3/6/2026",
            "designated_teacher_consulted_on": "18/5/2026",
            "iro_consulted_on": "19/5/2026",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in page
    assert "The move must be approved before the child leaves the old school" in page
    assert not SchoolMove.objects.exists()
