"""Factories for the care app: carers and providers on the register, and placements."""

from __future__ import annotations

from datetime import date

import factory

from care.codes import PlacementProvider, PlacementType
from care.models import CarerKind, CarerProvider, Placement, Skill, Support


class CarerProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CarerProvider

    reference = factory.Sequence(lambda n: f"FC-{n:04d}")
    name = factory.Sequence(lambda n: f"Example Carer Household {n}")
    kind = CarerKind.OWN_FOSTER
    address = "1 Example Row, Fictionalton"
    postcode = "ZZ1 1AA"
    area = "Fictionalton"
    easting = 450000
    northing = 350000
    min_age = 0
    max_age = 17
    places = 2
    skills = factory.LazyFunction(lambda: [Skill.ADOLESCENTS.value])
    support = factory.LazyFunction(lambda: [Support.SUPERVISING_WORKER.value])


class PlacementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Placement

    place = PlacementType.U4
    provider = PlacementProvider.PR1
    carer = factory.LazyAttribute(lambda p: p.carer_record.name if p.carer_record else "Example Carer")
    carer_record = None
    start_date = date(2026, 1, 5)
