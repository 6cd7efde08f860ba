"""Lantern's own chronology CSV export imports back: a chronology exported from one child's record and imported on
another child's gives the same entries, with the same dates as exactly as they were known."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from casework.tests.factories import AllocationFactory
from chronology.models import Category, ChronologyEntry, ChronologyImport, DateAccuracy, Significance
from chronology.tests.factories import ChronologyEntryFactory
from people.tests.factories import ChildFactory

D = datetime.date


def _entries(found: Any, *, no_agency: str = "") -> set[tuple[Any, ...]]:
    return {
        (
            e.occurred_on,
            e.occurred_until,
            e.date_accuracy,
            e.agency or no_agency,
            e.category,
            e.what_happened,
            e.significance,
            e.impact,
            e.source_reference,
        )
        for e in found
    }


@pytest.mark.django_db
def test_an_exported_chronology_imports_on_another_child_with_the_same_entries(personas: Any) -> None:
    child = personas.child
    ChronologyEntryFactory(
        child=child,
        occurred_on=D(2023, 3, 1),
        date_accuracy=DateAccuracy.MONTH,
        agency="Example Health Trust",
        category=Category.HEALTH,
        what_happened="Missed dental check, second time",
        significance=Significance.SIGNIFICANT,
        source_reference="H-2",
    )
    ChronologyEntryFactory(
        child=child,
        occurred_on=D(2022, 6, 1),
        occurred_until=D(2022, 8, 31),
        date_accuracy=DateAccuracy.APPROXIMATE,
        agency="Example Constabulary",
        category=Category.POLICE,
        what_happened='=Several calls to the home, "loud arguments"\nsecond line',
        significance=Significance.CRITICAL,
        impact="-Robin was frightened, said the carer",
    )
    ChronologyEntryFactory(
        child=child, occurred_on=D(2021, 1, 1), date_accuracy=DateAccuracy.YEAR, what_happened="Moved area"
    )
    client = Client()
    client.force_login(personas.wendy)
    exported = client.get(f"/children/{child.pk}/chronology/export.csv")
    assert exported.status_code == 200
    header = exported.content.decode("utf-8-sig").splitlines()[0]
    assert "date_accuracy" in header and "source" in header

    other: Any = ChildFactory()
    AllocationFactory(child=other, worker=personas.wendy)
    url = f"/children/{other.pk}/chronology/import/"

    def upload() -> SimpleUploadedFile:
        return SimpleUploadedFile("chronology-900001.csv", exported.content, content_type="text/csv")

    # Entries that Lantern's own records made with no agency (a placement, say) are exported with none: the
    # import asks for the agency to give them, and nothing is imported until it is named.
    refused = client.post(url, {"file": upload(), "agency": ""}).content.decode()
    assert "name the agency on this page for such rows" in refused
    assert not ChronologyImport.objects.filter(child=other).exists()

    response = client.post(url, {"file": upload(), "agency": "Example Council"})
    assert response.status_code == 302
    batch = ChronologyImport.objects.get(child=other)
    source = ChronologyEntry.objects.filter(child=child)
    assert batch.rows == source.count()
    assert _entries(ChronologyEntry.objects.filter(imported=batch)) == _entries(
        source, no_agency="Example Council"
    )
