"""The profile as a PDF: a real PDF with the child's identity, Part 1, the photo and the missing history, given
only to those who keep the profile, and audited as an export."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from audit.models import AuditEvent
from missing.tests.factories_profile import MissingProfileFactory, ProfileEpisodeFactory, jpeg_with_gps


@pytest.mark.django_db
def test_the_pdf_holds_the_profile_and_the_last_episode(personas: Any) -> None:
    child = personas.child
    MissingProfileFactory(child=child, photo=SimpleUploadedFile("p.jpg", jpeg_with_gps()))
    now = timezone.now()
    ProfileEpisodeFactory(
        child=child, started_at=now - datetime.timedelta(days=90), found_where="Example Park"
    )
    ProfileEpisodeFactory(
        child=child,
        started_at=now - datetime.timedelta(days=3),
        found_where="Lincoln bus station",
        found_with="Casey Sample",
    )
    client = Client()
    client.force_login(personas.carl)

    response = client.get(f"/children/{child.pk}/missing-profile/pdf/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="missing-person-profile-900001.pdf"'
    assert response.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Robin Fictional" in text
    assert "Bobbie" in text  # the nickname
    assert "Jay Example, friend from school" in text
    assert "Casey Sample, older boy from the park" in text
    assert "Lincoln bus station with Casey Sample" in text  # the last episode, where and with whom found
    assert f"{child.missing_episodes.count()} in all" in text
    assert "Sam and Alex Carer" in text  # the placement now
    assert "Wendy Worker" in text  # the allocated worker
    assert "Part 2: to fill in when Robin is missing" in text
    assert len(reader.pages[0].images) == 1  # the photo (WeasyPrint shares one resource list among the pages)
    assert AuditEvent.objects.filter(
        action="export", actor=personas.carl, child_id=child.pk, reason__contains="profile PDF"
    ).exists()


@pytest.mark.django_db
def test_the_pdf_of_a_child_with_no_profile_yet_is_still_made(personas: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    response = client.get(f"/children/{personas.child.pk}/missing-profile/pdf/")
    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Robin Fictional" in text
    assert "No photo held" in text
    assert "No profile has been written yet" in text
    assert not reader.pages[0].images
