"""Factories for the permanence app: previous permanence for a period of care, and decisions to place for adoption."""

from __future__ import annotations

import datetime

import factory

from permanence.codes import PreviousPermanenceOption
from permanence.models import AdoptionDecision, PreviousPermanence


class PreviousPermanenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PreviousPermanence

    period = None  # give the care.PeriodOfCare
    child = factory.LazyAttribute(lambda p: p.period.child)
    option = PreviousPermanenceOption.Z1


class AdoptionDecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdoptionDecision

    decided_on = datetime.date(2025, 6, 2)
