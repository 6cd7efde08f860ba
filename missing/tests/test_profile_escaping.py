"""HTML typed into the profile is shown as text, on the page and in the PDF, and never runs."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.test import Client
from pypdf import PdfReader

from missing.models import MissingProfile
from missing.tests.factories_profile import profile_form_data

HOSTILE = '<script>alert("x")</script><img src="http://127.0.0.1:9/x.png">'


@pytest.mark.django_db
def test_html_in_free_text_is_escaped(personas: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    base = f"/children/{personas.child.pk}/missing-profile/"
    response = client.post(
        f"{base}edit/",
        profile_form_data(description=HOSTILE, associates=f"{HOSTILE}\nJay Example", vulnerabilities=HOSTILE),
    )
    assert response.status_code == 302
    assert MissingProfile.objects.get(child=personas.child).description == HOSTILE

    page = client.get(base).content.decode()
    assert "<script>alert" not in page
    assert '<img src="http://127.0.0.1:9/x.png">' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert page.count("&lt;script&gt;") == 3

    form = client.get(f"{base}edit/").content.decode()
    assert "<script>alert" not in form

    pdf = client.get(f"{base}pdf/").content
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert '<script>alert("x")</script>' in text  # shown as the text that was typed
