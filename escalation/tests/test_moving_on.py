"""The steps of an open escalation: a response is kept as a step; moving on starts the next stage on the day with
its own time limit; there is no stage after 4; a step cannot be dated before the previous one, nor in the future;
an empty step is refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from duties.working_days import add_working_days
from escalation import services
from escalation.config import stage_days
from escalation.models import StepKind
from escalation.tests.factories import days_ago, raised


@pytest.mark.django_db
def test_a_response_and_a_move_to_the_next_stage(personas: Any) -> None:
    escalation = raised(personas.pat, personas.child, on=days_ago(10))
    step = services.escalation_respond(
        actor=personas.wendy, escalation=escalation, text="We will hold one on Friday", on=days_ago(8)
    )
    assert (step.kind, step.stage, step.by, step.agency) == (
        StepKind.RESPONSE,
        1,
        personas.wendy,
        "Lantern Borough Council",
    )
    services.escalation_next_stage(
        actor=personas.pat, escalation=escalation, why="It was not held", on=days_ago(2)
    )
    escalation.refresh_from_db()
    assert (escalation.stage, escalation.stage_started_on) == (2, days_ago(2))
    assert escalation.stage_due_on == add_working_days(days_ago(2), stage_days()[2])
    assert [(s.kind, s.stage, s.text) for s in escalation.steps.all()] == [
        (StepKind.RAISED, 1, escalation.concern),
        (StepKind.RESPONSE, 1, "We will hold one on Friday"),
        (StepKind.NEXT_STAGE, 2, "It was not held"),
    ]
    assert escalation.steps.get(kind=StepKind.NEXT_STAGE).due_on == escalation.stage_due_on


@pytest.mark.django_db
def test_there_is_no_stage_after_4(personas: Any) -> None:
    escalation = raised(personas.pat, personas.child)
    for _ in range(3):
        services.escalation_next_stage(actor=personas.pat, escalation=escalation, why="Not resolved")
    escalation.refresh_from_db()
    assert escalation.stage == 4
    with pytest.raises(ValidationError, match="at its last stage"):
        services.escalation_next_stage(actor=personas.pat, escalation=escalation, why="Still not resolved")
    escalation.refresh_from_db()
    assert escalation.stage == 4 and escalation.steps.count() == 4


@pytest.mark.django_db
def test_steps_keep_their_order_in_time_and_say_something(personas: Any) -> None:
    escalation = raised(personas.pat, personas.child, on=days_ago(5))
    with pytest.raises(ValidationError, match="before the last step"):
        services.escalation_respond(
            actor=personas.wendy, escalation=escalation, text="Agreed", on=days_ago(6)
        )
    with pytest.raises(ValidationError, match="cannot be in the future"):
        services.escalation_respond(
            actor=personas.wendy, escalation=escalation, text="Agreed", on=days_ago(-2)
        )
    with pytest.raises(ValidationError, match="Enter the response"):
        services.escalation_respond(actor=personas.wendy, escalation=escalation, text="  ")
    assert escalation.steps.count() == 1
