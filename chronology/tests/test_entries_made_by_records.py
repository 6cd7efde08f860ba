"""Records make their own chronology entries (no double keying), stay in step with them, and keep the worker's
analysis when the record changes."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from casework import services as casework
from casework.models import Allocation, AllocationRole
from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import rebuild


def _entry_of(record: Any) -> ChronologyEntry:
    return ChronologyEntry.objects.get(source_id=str(record.pk))


@pytest.mark.django_db
def test_a_new_worker_makes_a_significant_entry_that_follows_the_allocation(personas: Any) -> None:
    allocation = casework.allocation_create(
        actor=personas.mia,
        child=personas.child,
        worker=personas.uma,
        role=AllocationRole.SOCIAL_WORKER,
        start_date=datetime.date(2026, 2, 2),
    )
    entry = _entry_of(allocation)
    assert entry.child == personas.child
    assert entry.category == Category.WORKER_CHANGE
    assert entry.occurred_on == datetime.date(2026, 2, 2)
    assert "Uma Unrelated allocated as allocated social worker" in entry.what_happened
    assert entry.significance == Significance.SIGNIFICANT

    entry.impact = "Third worker this year: Robin has had to retell the story again."
    entry.save()
    casework.allocation_update(
        actor=personas.mia,
        allocation=allocation,
        data={"end_date": datetime.date(2026, 5, 1), "end_reason": "LEFTRL", "version": allocation.version},
    )
    entry.refresh_from_db()
    assert entry.occurred_until == datetime.date(2026, 5, 1)
    assert "allocation ended 01 May 2026 (worker left the role)" in entry.what_happened
    assert entry.impact.startswith("Third worker this year")


@pytest.mark.django_db
def test_a_case_note_is_in_the_chronology_only_while_marked_significant(personas: Any) -> None:
    note = casework.case_note_create(
        actor=personas.wendy,
        child=personas.child,
        data={
            "occurred_on": datetime.date(2026, 3, 1),
            "subject": "Went missing overnight",
            "body": "Returned the next morning.",
            "significant": True,
        },
    )
    entry = _entry_of(note)
    assert (entry.category, entry.what_happened) == (Category.CASE_NOTE, "Went missing overnight")
    casework.case_note_update(
        actor=personas.wendy, note=note, data={"significant": False, "version": note.version}
    )
    assert not ChronologyEntry.objects.filter(source_id=str(note.pk)).exists()


@pytest.mark.django_db
def test_deleting_a_record_deletes_its_entry(personas: Any) -> None:
    allocation_id = personas.allocation.pk
    assert ChronologyEntry.objects.filter(source_id=str(allocation_id)).exists()
    Allocation.objects.filter(pk=allocation_id).delete()
    assert not ChronologyEntry.objects.filter(source_id=str(allocation_id)).exists()


@pytest.mark.django_db
def test_rebuild_derives_bulk_written_records_and_is_idempotent(personas: Any) -> None:
    Allocation.objects.bulk_create(
        [Allocation(child=personas.child, worker=personas.uma, start_date=datetime.date(2023, 1, 9))]
    )
    ChronologyEntry.objects.filter(source_id=str(personas.allocation.pk)).update(what_happened="drifted")
    assert rebuild([personas.child.pk]) == 2  # one created, one corrected
    assert rebuild([personas.child.pk]) == 0
    derived = ChronologyEntry.objects.filter(child=personas.child, source_type="allocation")
    assert derived.count() == 2
    assert "drifted" not in {e.what_happened for e in derived}
