"""Hostile and broken text in a chronology entry and a case note: kept exactly or refused with a message, always
escaped on the page, and neutralised in the CSV export."""

from __future__ import annotations

import csv
import html
import io
import re
from typing import Any

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings

from casework.models import CaseNote
from chronology.models import ChronologyEntry
from lantern.csv_export import FORMULA_PREFIXES
from people.tests.test_hostile_text import HOSTILE

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
@SETTINGS
@given(text=HOSTILE)
def test_an_entry_keeps_or_refuses_hostile_text_and_never_runs_it(personas: Any, text: str) -> None:
    wendy = _signed_in(personas.wendy)
    before = ChronologyEntry.objects.count()
    response = wendy.post(
        f"/children/{personas.child.pk}/chronology/new/",
        {
            "occurred_on": "3/4/2024",
            "date_accuracy": "exact",
            "agency": "Example Council",
            "category": "other",
            "what_happened": text,
            "significance": "routine",
            "impact": text,
        },
    )
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert b"There is a problem" in response.content
        assert ChronologyEntry.objects.count() == before
        return
    entry = ChronologyEntry.objects.order_by("-created_at").first()
    assert entry is not None
    assert entry.what_happened == text.replace("\r\n", "\n").strip()
    page = wendy.get(f"/children/{personas.child.pk}/chronology/?category=other").content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    first_line = re.split(r"\r\n|\r|\n", entry.what_happened)[0][
        :40
    ]  # the page shows each line break as <br>
    if first_line.strip():
        assert html.escape(first_line, quote=False) in page.replace("&#x27;", "'").replace("&quot;", '"')
    exported = wendy.get(f"/children/{personas.child.pk}/chronology/export.csv?category=other")
    for row in csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))):
        assert not any(cell.startswith(FORMULA_PREFIXES) for cell in row)
    entry.delete()


@pytest.mark.django_db
@SETTINGS
@given(text=HOSTILE)
def test_a_case_note_keeps_or_refuses_hostile_text(personas: Any, text: str) -> None:
    wendy = _signed_in(personas.wendy)
    response = wendy.post(
        f"/children/{personas.child.pk}/notes/new/",
        {"occurred_on": "3/4/2024", "subject": text[:200], "body": text},
    )
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert b"There is a problem" in response.content
        assert not CaseNote.objects.filter(author=personas.wendy, occurred_on="2024-04-03").exists()
        return
    note = CaseNote.objects.get(author=personas.wendy, occurred_on="2024-04-03")
    assert note.body == text.replace("\r\n", "\n").strip()
    page = wendy.get(f"/children/{personas.child.pk}/notes/").content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    note.delete()
