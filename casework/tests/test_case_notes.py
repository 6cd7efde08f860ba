"""Case notes: written from the child's record, listed newest first, readable by partners with a grant, written
only by those who may edit the record."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from casework.models import CaseNote
from chronology.models import ChronologyEntry


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_a_worker_adds_a_significant_note_that_reaches_the_chronology(personas: Any) -> None:
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/notes/new/",
        {
            "occurred_on": "02/11/2026",
            "subject": "Disclosure to worker",
            "body": "Robin talked about an adult.",
            "significant": "on",
        },
    )
    assert response.status_code == 302
    note = CaseNote.objects.get(subject="Disclosure to worker")
    assert note.author == personas.wendy
    assert ChronologyEntry.objects.get(source_id=str(note.pk)).what_happened == "Disclosure to worker"
    page = _client(personas.mia).get(f"/children/{personas.child.pk}/notes/").content.decode()
    assert page.index("Disclosure to worker") < page.index("Home visit")


@pytest.mark.django_db
def test_a_note_needs_a_subject_and_a_date_not_in_the_future(personas: Any) -> None:
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/notes/new/", {"occurred_on": "01/01/2099", "subject": "", "body": "x"}
    )
    html = response.content.decode()
    assert "Enter a subject" in html and "The date cannot be in the future" in html
    assert not CaseNote.objects.filter(body="x").exists()


@pytest.mark.django_db
def test_a_partner_can_neither_read_nor_write_notes(personas: Any) -> None:
    assert _client(personas.pat).get(f"/children/{personas.child.pk}/notes/").status_code == 404
    response = _client(personas.carl).post(
        f"/children/{personas.child.pk}/notes/new/",
        {"occurred_on": "02/11/2026", "subject": "s", "body": "b"},
    )
    assert response.status_code == 404
    assert not CaseNote.objects.filter(subject="s").exists()
