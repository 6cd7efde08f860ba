"""Each record of information shared, acknowledged or not, makes a routine chronology entry under "Information
shared" ("Placement plan shared with Carl Carer (carer) by secure email; acknowledged 3 Mar 2026"), updated when
acknowledged, linked back to the log, and gone when the record is deleted."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from chronology.models import Category, ChronologyEntry, Significance
from sharing.services import shared_acknowledge, shared_delete
from sharing.tests.factories import carl_in_network, share


def _entry(shared: Any) -> ChronologyEntry:
    return ChronologyEntry.objects.get(source_type="sharedinformation", source_id=str(shared.pk))


@pytest.mark.django_db
def test_an_entry_for_each_record_shared_acknowledged_or_not(personas: Any) -> None:
    shared = share(
        personas, item="placement_plan", shared_on=datetime.date(2026, 3, 2), member=carl_in_network(personas)
    )
    entry = _entry(shared)
    assert (entry.category, entry.significance, entry.occurred_on) == (
        Category.INFORMATION_SHARED,
        Significance.ROUTINE,
        datetime.date(2026, 3, 2),
    )
    assert (
        entry.what_happened
        == "Placement plan shared with Carl Carer (carer) by secure email; not acknowledged yet"
    )
    shared_acknowledge(actor=personas.carl, shared=shared, on=datetime.date(2026, 3, 3))
    assert _entry(shared).what_happened == (
        "Placement plan shared with Carl Carer (carer) by secure email; acknowledged 3 Mar 2026"
    )
    client = Client()
    client.force_login(personas.wendy)
    page = client.get(f"/children/{personas.child.pk}/chronology/").content.decode()
    assert f"/children/{personas.child.pk}/information-shared/#record-{shared.pk}" in page
    shared_delete(actor=personas.wendy, shared=shared, reason="Duplicate")
    assert not ChronologyEntry.objects.filter(source_id=str(shared.pk)).exists()


@pytest.mark.django_db
def test_a_host_authority_notification_reads_as_it_was_sent(personas: Any) -> None:
    notice = share(
        personas,
        item="placement_notification",
        recipient="Example Borough Council",
        recipient_kind="host_authority",
        shared_on=datetime.date(2026, 3, 2),
        method="post",
    )
    assert _entry(notice).what_happened == (
        "Notification of the placement shared with Example Borough Council (host authority) by post; "
        "not acknowledged yet"
    )
