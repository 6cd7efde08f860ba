"""Factories for the education app."""

from __future__ import annotations

import factory

from education.models import Phase, School


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School

    urn = factory.Sequence(lambda n: f"{990000 + n}")
    name = factory.Sequence(lambda n: f"Example Academy {n}")
    authority = "Lantern Borough Council"
    phase = Phase.SECONDARY
    postcode = "ZZ2 2BB"
    area = "Fictionalton"
    easting = 452000
    northing = 351000
    designated_teacher = "Dana Example"
