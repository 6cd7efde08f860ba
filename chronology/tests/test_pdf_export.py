"""The chronology as a PDF: a real PDF with the entries in date order, hostile text as text, the export audited."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest
from django.test import Client
from pypdf import PdfReader

from audit.models import AuditEvent
from chronology.tests.factories import ChronologyEntryFactory


@pytest.mark.django_db
def test_the_pdf_holds_the_chronology_and_is_audited(personas: Any) -> None:
    ChronologyEntryFactory(
        child=personas.child,
        occurred_on=datetime.date(2018, 2, 1),
        what_happened='Referral from school <img src="http://127.0.0.1:9/x.png"> <b>bold?</b>',
    )
    client = Client()
    client.force_login(personas.mia)
    response = client.get(f"/children/{personas.child.pk}/chronology/export.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pages = PdfReader(io.BytesIO(response.content)).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Chronology of Robin Fictional" in text
    assert '<img src="http://127.0.0.1:9/x.png"> <b>bold?</b>' in text
    assert text.index("Referral from school") < text.index("Birth of a half-sibling")
    assert "Nothing recorded for" in text
    assert "Jo Fictional" in text  # the genogram, drawn above the entries
    assert AuditEvent.objects.filter(
        action="export", actor=personas.mia, reason__startswith="chronology PDF"
    ).exists()
