"""Care leavers' birthday records for tests (casework/care_leaver.py)."""

from __future__ import annotations

import datetime

import factory

from casework.care_leaver import CareLeaverOutcome, InTouch
from people.tests.factories import ChildFactory


class CareLeaverOutcomeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CareLeaverOutcome

    child = factory.SubFactory(ChildFactory)
    birthday = datetime.date(2025, 6, 1)
    in_touch = InTouch.YES
    activity = "F2"
    accommodation = "D1"
