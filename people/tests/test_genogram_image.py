"""The child's page shows the genogram as an image fetched on its own: an SVG with the family, names escaped,
never cached, and its fetch audited like any view."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent


@pytest.mark.django_db
def test_the_child_page_shows_the_genogram_image(personas: Any) -> None:
    personas.mother.forename = "<script>alert(1)</script>Jo"
    personas.mother.save()
    client = Client()
    client.force_login(personas.pat)
    page = client.get(f"/children/{personas.child.pk}/").content.decode()
    url = f"/children/{personas.child.pk}/genogram.svg"
    assert f'src="{url}"' in page
    before = AuditEvent.objects.filter(actor=personas.pat, reason="people:genogram-image").count()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Cache-Control"] == "private, no-store"
    svg = response.content.decode()
    assert svg.startswith("<svg") and "Robin Fictional" in svg
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert AuditEvent.objects.filter(actor=personas.pat, reason="people:genogram-image").count() == before + 1
