"""Who an escalation may name on the other side: not the one raising it (nobody would be told), and not a role that
sees only part of the record (the return interview service could not open it, yet would be alerted with the
child's name). The raiser's own response does not count as the other side's answer."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from escalation.models import Escalation
from escalation.services import escalation_raise, escalation_respond


def _escalation(personas: Any, concerning: Any) -> Escalation:
    return Escalation(
        child=personas.child,
        raised_by=personas.pat,
        raised_by_agency="Example Constabulary",
        concerning_agency="Children’s social care",
        concerning_user=concerning,
        concern="No strategy discussion after the last episode",
        why_it_matters="Robin is at risk of exploitation",
        wanted_outcome="A strategy discussion this week",
    )


@pytest.mark.django_db
def test_the_raiser_cannot_name_themselves(personas: Any) -> None:
    with pytest.raises(ValidationError, match="not yourself"):
        escalation_raise(actor=personas.pat, escalation=_escalation(personas, personas.pat))
    assert not Escalation.objects.exists()


@pytest.mark.django_db
def test_the_return_interview_service_cannot_be_named(personas: Any) -> None:
    with pytest.raises(ValidationError, match="cannot see this child"):
        escalation_raise(actor=personas.pat, escalation=_escalation(personas, personas.rita))
    assert not Escalation.objects.exists()


@pytest.mark.django_db
def test_the_raisers_own_response_leaves_the_other_side_alerted(personas: Any) -> None:
    escalation = escalation_raise(actor=personas.pat, escalation=_escalation(personas, personas.wendy))
    escalation_respond(actor=personas.pat, escalation=escalation, text="Chased by phone, no answer")
    alerts_run(today=timezone.localdate(), kinds=frozenset({AlertKind.ESCALATION_RAISED}))
    raised = Alert.objects.filter(kind=AlertKind.ESCALATION_RAISED, closed_on__isnull=True)
    assert list(raised.values_list("recipient__username", flat=True)) == ["wendy"]
