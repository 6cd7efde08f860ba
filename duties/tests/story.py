"""A second child of Wendy's with a care story dated from today, for the tests of the duty pages, command and
alerts: in care and placed 60 days ago, visited once in the first week and not since, no review yet."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from care.models import LegalStatusRecord, PeriodOfCare, Placement
from casework.models import Visit
from casework.tests.factories import AllocationFactory
from people.tests.factories import ChildFactory, PersonFactory

STARTED_DAYS_AGO = 60


def give_care_story(personas: Any) -> Any:
    """The new child, allocated to Wendy since the day care began."""
    start = timezone.localdate() - datetime.timedelta(days=STARTED_DAYS_AGO)
    child: Any = ChildFactory(
        person=PersonFactory(forename="Sky", surname="Example", date_of_birth=datetime.date(2012, 5, 17)),
        local_id="900077",
    )
    AllocationFactory(child=child, worker=personas.wendy, start_date=start)
    PeriodOfCare.objects.create(child=child, start_date=start, category_of_need="N1")
    LegalStatusRecord.objects.create(child=child, code="C1", start_date=start)
    Placement.objects.create(
        child=child, place="U6", provider="PR1", carer="Ash and Rowan Example", start_date=start
    )
    Visit.objects.create(child=child, visited_on=start + datetime.timedelta(days=3), visitor=personas.wendy)
    return child
