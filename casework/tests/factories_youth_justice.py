"""Youth justice outcomes for tests (casework/youth_justice.py)."""

from __future__ import annotations

import datetime

import factory

from casework.youth_justice import OutcomeKind, YouthJusticeOutcome
from people.tests.factories import ChildFactory


class YouthJusticeOutcomeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = YouthJusticeOutcome

    child = factory.SubFactory(ChildFactory)
    outcome_on = datetime.date(2025, 10, 6)
    kind = OutcomeKind.YOUTH_CAUTION
    offence = "Criminal damage"
