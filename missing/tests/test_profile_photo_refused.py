"""A file that is not a JPEG or PNG photo of at most 5 MB is refused with a clear message in the error summary, and
nothing is saved: no profile, no file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from missing.models import MissingProfile
from missing.tests.factories_profile import gif_image, jpeg_with_gps, profile_form_data

CASES = {
    "text named .jpg": (b"this is not a photo at all", "The selected file is not a photo that can be opened"),
    "a PDF": (b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "The selected file is not a photo"),
    "a GIF": (gif_image(), "The photo must be a JPG or PNG"),
    "a truncated JPEG": (jpeg_with_gps()[:300], "The selected file is not a photo that can be opened"),
    "over 5 MB": (jpeg_with_gps() + b"\0" * (5 * 1024 * 1024), "The photo must be smaller than 5 MB"),
}


def _stored_files() -> list[Path]:
    return [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_file_that_is_not_a_photo_is_refused(personas: Any, case: str) -> None:
    content, message = CASES[case]
    before = _stored_files()
    client = Client()
    client.force_login(personas.carl)
    upload = SimpleUploadedFile("photo.jpg", content, content_type="image/jpeg")

    response = client.post(
        f"/children/{personas.child.pk}/missing-profile/edit/", profile_form_data(photo=upload)
    )

    assert response.status_code == 200
    text = response.content.decode()
    assert "There is a problem" in text
    assert 'href="#id_photo"' in text
    assert message in text
    assert not MissingProfile.objects.filter(child=personas.child).exists()
    assert _stored_files() == before
