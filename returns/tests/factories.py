"""Children looked after, as the SSDA903 export reads them: a period of care with its legal statuses, placements,
reviews, missing episodes and health checks."""

from __future__ import annotations

import datetime
from typing import Any

import factory
from django.utils import timezone

from care.models import LegalStatusRecord, PeriodOfCare
from care.tests.factories import PlacementFactory
from casework.statutory_records import LookedAfterReview
from health.models import HealthCheck
from missing.models import MissingEpisode
from people.tests.factories import ChildFactory


class PeriodOfCareFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PeriodOfCare

    child = factory.SubFactory(ChildFactory)
    start_date = datetime.date(2025, 5, 1)
    category_of_need = "N1"


class LegalStatusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LegalStatusRecord

    child = factory.SubFactory(ChildFactory)
    code = "C2"
    start_date = datetime.date(2025, 5, 1)


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LookedAfterReview

    child = factory.SubFactory(ChildFactory)
    held_on = datetime.date(2025, 6, 1)
    participation = "PN1"


class MissingEpisodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MissingEpisode

    child = factory.SubFactory(ChildFactory)
    kind = "M"
    started_at = factory.LazyFunction(lambda: timezone.make_aware(datetime.datetime(2025, 7, 3, 21, 30)))
    ended_at = factory.LazyFunction(lambda: timezone.make_aware(datetime.datetime(2025, 7, 4, 9, 0)))
    reported_by = "Carer"


class HealthCheckFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HealthCheck

    child = factory.SubFactory(ChildFactory)
    kind = "review"
    done_on = datetime.date(2025, 9, 1)


def looked_after(
    *,
    start: datetime.date = datetime.date(2025, 5, 1),
    end: datetime.date | None = None,
    end_reason: str = "",
    status: str = "C2",
    carer: str = "Ash Carer",
    **child: Any,
) -> Any:
    """A child looked after from `start`, with one legal status and one placement."""
    person = ChildFactory(**child)
    PeriodOfCareFactory(child=person, start_date=start, end_date=end, end_reason=end_reason)
    LegalStatusFactory(child=person, code=status, start_date=start, end_date=end)
    PlacementFactory(child=person, carer=carer, start_date=start, end_date=end, postcode="ZZ1 1AA")
    return person
