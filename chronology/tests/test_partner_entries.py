"""A partner in the network with a grant adds a chronology entry from their own view, in their own agency's name;
they change and delete only the entries they recorded; the responsible worker still changes any entry."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from chronology.models import ChronologyEntry


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


FORM = {
    "occurred_on": "15/03/2025",
    "date_accuracy": "exact",
    "agency": "Someone else's agency",
    "category": "police",
    "what_happened": "Robin stopped in a car with two adults",
    "significance": "significant",
    "impact": "",
}


@pytest.mark.django_db
def test_a_police_officer_adds_an_entry_in_the_polices_name(personas: Any) -> None:
    pat = _client(personas.pat)
    child = personas.child
    form = pat.get(f"/children/{child.pk}/chronology/new/").content.decode()
    assert 'name="agency"' not in form and "recorded as from Example Constabulary" in form
    response = pat.post(f"/children/{child.pk}/chronology/new/", FORM)
    assert response.status_code == 302
    entry = ChronologyEntry.objects.get(what_happened=FORM["what_happened"])
    assert entry.agency == "Example Constabulary" and entry.recorded_by == personas.pat


@pytest.mark.django_db
def test_a_partner_changes_and_deletes_only_their_own_entry(personas: Any) -> None:
    pat = _client(personas.pat)
    child = personas.child
    pat.post(f"/children/{child.pk}/chronology/new/", FORM)
    own = ChronologyEntry.objects.get(what_happened=FORM["what_happened"])
    changed = FORM | {
        "what_happened": "Robin stopped in a car with three adults",
        "version": str(own.version),
    }
    assert pat.post(f"/children/{child.pk}/chronology/{own.pk}/edit/", changed).status_code == 302
    own.refresh_from_db()
    assert own.what_happened == "Robin stopped in a car with three adults"
    theirs = personas.entry
    before = theirs.what_happened
    assert pat.post(f"/children/{child.pk}/chronology/{theirs.pk}/edit/", changed).status_code == 404
    assert pat.post(f"/children/{child.pk}/chronology/{theirs.pk}/delete/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.what_happened == before
    page = pat.get(f"/children/{child.pk}/chronology/").content.decode()
    assert f"{own.pk}/edit/" in page and f"{theirs.pk}/edit/" not in page
    assert pat.post(f"/children/{child.pk}/chronology/{own.pk}/delete/").status_code == 302
    assert not ChronologyEntry.objects.filter(pk=own.pk).exists()


@pytest.mark.django_db
def test_the_worker_changes_a_partners_entry(personas: Any) -> None:
    _client(personas.carl).post(f"/children/{personas.child.pk}/chronology/new/", FORM)
    entry = ChronologyEntry.objects.get(what_happened=FORM["what_happened"])
    assert entry.agency == str(personas.carl.agency)
    data = FORM | {"agency": "Foster carer", "impact": "Exploitation risk", "version": str(entry.version)}
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/chronology/{entry.pk}/edit/", data
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.impact == "Exploitation risk" and entry.agency == "Foster carer"


@pytest.mark.django_db
def test_the_return_interview_service_adds_no_entry(personas: Any) -> None:
    response = _client(personas.rita).post(f"/children/{personas.child.pk}/chronology/new/", FORM)
    assert response.status_code == 404
    assert not ChronologyEntry.objects.filter(what_happened=FORM["what_happened"]).exists()


@pytest.mark.django_db
def test_a_partner_resaving_their_entry_keeps_the_workers_analysis(personas: Any) -> None:
    pat = _client(personas.pat)
    child = personas.child
    form = pat.get(f"/children/{child.pk}/chronology/new/").content.decode()
    assert 'name="significance"' not in form and 'name="impact"' not in form
    pat.post(f"/children/{child.pk}/chronology/new/", FORM)
    entry = ChronologyEntry.objects.get(what_happened=FORM["what_happened"])
    analysis = FORM | {
        "agency": "Example Constabulary",
        "significance": "critical",
        "impact": "Robin is at risk of exploitation",
        "version": str(entry.version),
    }
    wendy = _client(personas.wendy)
    assert wendy.post(f"/children/{child.pk}/chronology/{entry.pk}/edit/", analysis).status_code == 302
    entry.refresh_from_db()
    resaved = FORM | {
        "what_happened": "Robin stopped in a car with three adults",
        "significance": "routine",
        "impact": "",
        "version": str(entry.version),
    }
    assert pat.post(f"/children/{child.pk}/chronology/{entry.pk}/edit/", resaved).status_code == 302
    entry.refresh_from_db()
    assert entry.what_happened == "Robin stopped in a car with three adults"
    assert entry.significance == "critical" and entry.impact == "Robin is at risk of exploitation"
