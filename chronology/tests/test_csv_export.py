"""The chronology as CSV: the filtered entries, formulas neutralised, the export audited."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.test import Client

from audit.actions import AuditAction
from audit.models import AuditEvent
from chronology.tests.factories import ChronologyEntryFactory


@pytest.mark.django_db
def test_export_neutralises_formulas_and_is_audited(personas: Any) -> None:
    ChronologyEntryFactory(child=personas.child, what_happened="=cmd|' /C calc'!A0", impact="+1 and @SUM(A1)")
    client = Client()
    client.force_login(personas.wendy)
    response = client.get(f"/children/{personas.child.pk}/chronology/export.csv?category=family")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="chronology-900001.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    events = {r["event"] for r in rows}
    assert "'=cmd|' /C calc'!A0" in events
    assert "Birth of a half-sibling" in events
    assert all(r["category"] == "Family event" for r in rows)
    assert {r["impact"] for r in rows} >= {"'+1 and @SUM(A1)"}
    exported = AuditEvent.objects.get(action=AuditAction.EXPORT, actor=personas.wendy)
    assert exported.child_id == personas.child.pk
    assert "2 entries" in exported.reason


@pytest.mark.django_db
def test_partners_read_the_chronology_but_cannot_export_it(personas: Any) -> None:
    client = Client()
    client.force_login(personas.pat)
    page = client.get(f"/children/{personas.child.pk}/chronology/").content.decode()
    assert "Birth of a half-sibling" in page and "Download as CSV" not in page
    assert client.get(f"/children/{personas.child.pk}/chronology/export.csv").status_code == 404
    assert client.get(f"/children/{personas.child.pk}/chronology/export.pdf").status_code == 404
