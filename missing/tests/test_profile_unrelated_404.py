"""The unrelated worker gets 404 on every page of the profile, for every method, learns nothing of the child, and
each refusal is audited; nothing is saved or sent."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from audit.models import AuditEvent
from missing.models import MissingProfile, ProfileSent
from missing.tests.factories_profile import MissingProfileFactory, jpeg_with_gps, profile_form_data

ROUTES = ("profile", "profile-edit", "profile-photo", "profile-pdf", "profile-send")


@pytest.mark.django_db
def test_uma_gets_404_everywhere(personas: Any) -> None:
    MissingProfileFactory(child=personas.child, photo=SimpleUploadedFile("p.jpg", jpeg_with_gps()))
    client = Client()
    client.force_login(personas.uma)
    refusals = AuditEvent.objects.filter(action="refusal", actor=personas.uma, child_id=personas.child.pk)
    for name in ROUTES:
        url = reverse(f"missing:{name}", kwargs={"child_id": personas.child.pk})
        for method in ("get", "post"):
            before = refusals.count()
            data = profile_form_data(description="Changed by Uma") if method == "post" else None
            response = getattr(client, method)(url, data)
            assert response.status_code == 404, f"{method.upper()} {name} gave {response.status_code}"
            assert b"Robin" not in response.content and b"Fictional" not in response.content
            assert b"900001" not in response.content
            assert refusals.count() == before + 1, f"{method.upper()} {name} left no refusal"
    assert MissingProfile.objects.get(child=personas.child).description != "Changed by Uma"
    assert not ProfileSent.objects.exists()
    assert mail.outbox == []
