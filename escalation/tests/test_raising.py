"""Raising an escalation: anyone in the child's network raises one at stage 1, with the stage's time limit in working
days, the agency they act for, and a first step that keeps the concern; the change is audited. A date in the future
or before the child's birth is refused, and so is naming someone on the other side who may not see the child."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from audit.models import AuditEvent
from duties.working_days import add_working_days
from escalation.config import stage_days
from escalation.models import Escalation, Status, StepKind
from escalation.tests.factories import days_ago, raised


@pytest.mark.django_db
def test_the_police_raise_an_escalation_at_stage_1(personas: Any) -> None:
    day = days_ago(3)
    escalation = raised(personas.pat, personas.child, on=day, concerning_user=personas.wendy)
    escalation.refresh_from_db()
    assert (escalation.stage, escalation.status) == (1, Status.OPEN)
    assert escalation.raised_on == escalation.stage_started_on == day
    assert escalation.stage_due_on == add_working_days(day, stage_days()[1])
    assert escalation.raised_by == personas.pat
    assert escalation.raised_by_agency == "Example Constabulary"
    [step] = escalation.steps.all()
    assert (step.kind, step.stage, step.taken_on, step.by) == (StepKind.RAISED, 1, day, personas.pat)
    assert step.text == escalation.concern and step.due_on == escalation.stage_due_on
    assert step.agency == "Example Constabulary"
    assert AuditEvent.objects.filter(
        object_type="escalation", object_id=str(escalation.pk), action="create", child_id=personas.child.pk
    ).exists()
    assert AuditEvent.objects.filter(object_type="escalationstep", action="create").count() == 1


@pytest.mark.django_db
def test_a_date_in_the_future_or_before_birth_is_refused(personas: Any) -> None:
    with pytest.raises(ValidationError, match="cannot be in the future"):
        raised(personas.pat, personas.child, on=days_ago(-1))
    with pytest.raises(ValidationError, match="before the child's date of birth"):
        raised(personas.pat, personas.child, on=datetime.date(2010, 1, 4))
    assert not Escalation.objects.exists()


@pytest.mark.django_db
def test_the_person_named_on_the_other_side_must_see_the_child(personas: Any) -> None:
    with pytest.raises(ValidationError, match="cannot see this child's record"):
        raised(personas.pat, personas.child, concerning_user=personas.uma)
    assert not Escalation.objects.exists()
