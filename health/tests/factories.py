"""Health records for tests: health checks and substance misuse problems."""

from __future__ import annotations

import datetime

import factory

from health.models import HealthCheck, SubstanceMisuse
from people.tests.factories import ChildFactory


class HealthCheckFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HealthCheck

    child = factory.SubFactory(ChildFactory)
    kind = "review"
    done_on = datetime.date(2025, 9, 1)


class SubstanceMisuseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SubstanceMisuse

    child = factory.SubFactory(ChildFactory)
    identified_on = datetime.date(2025, 6, 2)
    identified_by = "Looked-after children's nurse"
