"""Entries by hand for events with no record of their own; the worker's analysis on any entry; facts of a derived
entry stay with their record."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from chronology.models import ChronologyEntry


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


FORM = {
    "occurred_on": "03/2021",
    "date_accuracy": "month",
    "agency": "Example Council",
    "category": "family",
    "what_happened": "Mother moved to another city",
    "significance": "significant",
    "impact": "Loss of weekly family time",
}


@pytest.mark.django_db
def test_an_entry_by_hand_is_saved_and_audited(personas: Any) -> None:
    url = f"/children/{personas.child.pk}/chronology/new/"
    response = _client(personas.wendy).post(url, {**FORM, "occurred_on": "01/03/2021"})
    assert response.status_code == 302
    entry = ChronologyEntry.objects.get(what_happened="Mother moved to another city")
    assert entry.when == "Mar 2021"
    assert entry.recorded_by == personas.wendy
    assert AuditEvent.objects.filter(
        object_type="chronologyentry", object_id=str(entry.pk), action="create"
    ).exists()


@pytest.mark.django_db
def test_a_period_that_ends_before_it_starts_is_refused_at_the_form(personas: Any) -> None:
    url = f"/children/{personas.child.pk}/chronology/new/"
    response = _client(personas.wendy).post(
        url, {**FORM, "occurred_on": "01/03/2021", "occurred_until": "01/01/2021", "what_happened": "Respite"}
    )
    assert response.status_code == 200
    assert "The end of the period must be on or after its start" in response.content.decode()
    assert not ChronologyEntry.objects.filter(what_happened="Respite").exists()


@pytest.mark.django_db
def test_a_derived_entry_takes_analysis_only(personas: Any) -> None:
    entry = ChronologyEntry.objects.get(source_id=str(personas.allocation.pk))
    url = f"/children/{personas.child.pk}/chronology/{entry.pk}/edit/"
    response = _client(personas.wendy).post(
        url,
        {
            "significance": "critical",
            "impact": "Robin asked why workers keep changing",
            "what_happened": "forged",
        },
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.impact == "Robin asked why workers keep changing"
    assert entry.significance == "critical"
    assert "forged" not in entry.what_happened
    assert (
        _client(personas.wendy)
        .get(f"/children/{personas.child.pk}/chronology/{entry.pk}/delete/")
        .status_code
        == 404
    )


@pytest.mark.django_db
def test_a_partner_with_a_grant_reads_but_cannot_change_anothers_entry(personas: Any) -> None:
    police = _client(personas.pat)
    assert police.get(f"/children/{personas.child.pk}/chronology/").status_code == 200
    edit = f"/children/{personas.child.pk}/chronology/{personas.entry.pk}/edit/"
    assert police.post(edit, FORM).status_code == 404
