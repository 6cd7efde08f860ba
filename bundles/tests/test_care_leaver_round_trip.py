"""A care leaver's birthday records travel in the bundle: export, import into an empty database, export again gives
the same bytes, each record with the worker who recorded it; one about a day that is not a 17th to 21st birthday is
refused at its path with the service's reason, and nothing is written."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from bundles.export import bundle_dumps, bundle_export
from bundles.importer import BundleError, bundle_import, bundle_import_report
from bundles.tests.conftest import Family, wipe_records
from care.models import PeriodOfCare
from care.services import care_record_save
from casework.care_leaver import CareLeaverOutcome
from casework.care_leaver_services import care_leaver_outcome_save
from people.models import Child

D = datetime.date


def _care_leaver(family: Family) -> Any:
    person = family.child.person
    person.date_of_birth = D(2006, 5, 10)
    person.save()
    wendy = family.child.allocations.filter(worker__username="wendy").get().worker
    period = PeriodOfCare(
        child=family.child,
        start_date=D(2022, 1, 10),
        end_date=D(2024, 5, 10),
        category_of_need="N1",
        end_reason="E5",
    )
    care_record_save(actor=wendy, record=period)
    for day, touch, activity, accommodation in (
        (D(2024, 5, 10), "YES", "F2", "E1"),
        (D(2025, 5, 10), "REFU", "", ""),
    ):
        care_leaver_outcome_save(
            actor=wendy,
            outcome=CareLeaverOutcome(
                child=family.child,
                birthday=day,
                in_touch=touch,
                activity=activity,
                accommodation=accommodation,
                recorded_by=wendy,
            ),
        )
    return Child.objects.get(pk=family.child.pk)


@pytest.mark.django_db
def test_care_leaver_outcomes_round_trip(family: Family) -> None:
    first = bundle_dumps(bundle_export(child=_care_leaver(family)))
    wipe_records()
    assert not CareLeaverOutcome.objects.exists() and not PeriodOfCare.objects.exists()

    report = bundle_import_report(data=json.loads(first))

    assert bundle_dumps(bundle_export(child=Child.objects.get(pk=report.child.pk))) == first
    assert report.care_records["care_leaver_outcomes"] == 2
    kept = CareLeaverOutcome.objects.order_by("birthday")
    assert [(o.birthday, o.in_touch, o.activity, o.accommodation) for o in kept] == [
        (D(2024, 5, 10), "YES", "F2", "E1"),
        (D(2025, 5, 10), "REFU", "", ""),
    ]
    assert {o.recorded_by.username for o in kept if o.recorded_by is not None} == {"wendy"}


@pytest.mark.django_db
def test_a_day_that_is_not_a_17th_to_21st_birthday_is_refused(family: Family) -> None:
    bundle = json.loads(bundle_dumps(bundle_export(child=_care_leaver(family))))
    wipe_records()
    bundle["care_leaver_outcomes"][1]["birthday"] = "2025-05-11"

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert any(
        path == "$.care_leaver_outcomes[1].birthday" and "Enter their 17th to 21st birthday" in message
        for path, message in refused.value.errors
    ), refused.value.errors
    assert not Child.objects.exists() and not CareLeaverOutcome.objects.exists()
