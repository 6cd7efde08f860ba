"""A foster carer with a grant writes the profile and uploads a photo: it is saved and audited, the photo is kept as a
plain JPEG with its metadata (the GPS position) removed, and it is served only through the photo page, never cached."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from audit.models import AuditEvent
from missing.models import MissingProfile
from missing.tests.factories_profile import GPS_IFD, jpeg_with_gps, profile_form_data


@pytest.mark.django_db
def test_carl_writes_the_profile_with_a_photo(personas: Any) -> None:
    child = personas.child
    client = Client()
    client.force_login(personas.carl)
    base = f"/children/{child.pk}/missing-profile/"
    assert client.get(f"{base}edit/").status_code == 200

    photo = SimpleUploadedFile("IMG_0001.JPG", jpeg_with_gps(), content_type="image/jpeg")
    response = client.post(
        f"{base}edit/", profile_form_data(photo=photo, photo_taken_on="1/6/2024"), follow=True
    )

    assert response.redirect_chain == [(base, 302)]
    assert b"Missing person profile saved" in response.content
    profile = MissingProfile.objects.get(child=child)
    assert profile.associates == "Jay Example, friend from school\nCasey Sample"
    assert profile.photo_taken_on == datetime.date(2024, 6, 1)
    assert profile.updated_by == personas.carl
    assert profile.version == 1
    assert AuditEvent.objects.filter(
        action="create", actor=personas.carl, object_type="missingprofile", child_id=child.pk
    ).exists()

    served = client.get(f"{base}photo/")
    assert served.status_code == 200
    assert served["Content-Type"] == "image/jpeg"
    assert served["Cache-Control"] == "private, no-store"
    kept = Image.open(io.BytesIO(served.content))
    assert kept.format == "JPEG"
    assert kept.size == (120, 160)
    exif = kept.getexif()
    assert not exif.get_ifd(GPS_IFD)
    assert len(exif) == 0  # nothing of the camera's metadata is kept

    page = client.get(base)
    assert b"Casey Sample" in page.content
    assert f'src="{base}photo/"'.encode() in page.content


@pytest.mark.django_db
def test_a_second_save_makes_a_new_version_and_keeps_the_photo(personas: Any) -> None:
    client = Client()
    client.force_login(personas.carl)
    url = f"/children/{personas.child.pk}/missing-profile/edit/"
    photo = SimpleUploadedFile("me.jpg", jpeg_with_gps(), content_type="image/jpeg")
    client.post(url, profile_form_data(photo=photo))
    first = MissingProfile.objects.get(child=personas.child)

    response = client.post(url, profile_form_data(places="Example Park", version=str(first.version)))

    assert response.status_code == 302
    profile = MissingProfile.objects.get(child=personas.child)
    assert profile.version == 2
    assert profile.places == "Example Park"
    assert profile.photo.name == first.photo.name
    assert AuditEvent.objects.filter(action="update", object_type="missingprofile").count() == 1
