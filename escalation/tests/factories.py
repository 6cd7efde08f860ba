"""Escalations for tests, raised through the service as a user would raise them."""

from __future__ import annotations

import datetime
from typing import Any

import factory
from django.utils import timezone

from escalation.models import Escalation
from escalation.services import escalation_raise


class EscalationFactory(factory.django.DjangoModelFactory):
    """An escalation not yet raised: escalation_raise fills the stage and its dates (see `raised`)."""

    class Meta:
        model = Escalation

    concerning_agency = "Children’s social care"
    concern = "No strategy discussion after the third missing episode"
    why_it_matters = "Robin Fictional was with adults not known to the family"
    wanted_outcome = "A strategy discussion this week"


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


def raised(actor: Any, child: Any, *, on: datetime.date | None = None, **fields: Any) -> Escalation:
    escalation = EscalationFactory.build(child=child, **fields)
    return escalation_raise(actor=actor, escalation=escalation, on=on)
