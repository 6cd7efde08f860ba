"""Sending the profile to the police in one step: one email to the configured address with the PDF attached (Part 1
and Part 2), what was sent recorded (ProfileSent) and audited as an export, and a success message."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from audit.models import AuditEvent
from missing.models import ProfileSent
from missing.tests.factories_profile import MissingProfileFactory, ProfileEpisodeFactory


@pytest.mark.django_db
def test_send_emails_the_pdf_and_records_it(personas: Any, settings: Any) -> None:
    settings.LANTERN_POLICE_MISSING_EMAIL = "mispers@constabulary.example"
    child = personas.child
    MissingProfileFactory(child=child)
    ProfileEpisodeFactory(child=child, started_at=timezone.now() - datetime.timedelta(days=40))
    episode: Any = ProfileEpisodeFactory(
        child=child, started_at=timezone.now() - datetime.timedelta(hours=3), ended_at=None
    )
    personas.carl.email = "carl@carers.example"
    personas.carl.save()
    client = Client()
    client.force_login(personas.carl)
    url = f"/children/{child.pk}/missing-profile/send/"
    form = client.get(url)
    assert form.status_code == 200
    assert b"mispers@constabulary.example" in form.content

    response = client.post(
        url,
        {
            "episode": str(episode.pk),
            "last_seen_wearing": "Red puffer jacket, grey joggers, white trainers",
            "last_seen": "Outside Example Park at 21:40, with two older boys",
        },
        follow=True,
    )

    assert response.redirect_chain == [(f"/children/{child.pk}/missing-profile/", 302)]
    assert b"Profile sent to the police at mispers@constabulary.example" in response.content
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["mispers@constabulary.example"]
    assert "Robin Fictional" in message.subject
    assert "Red puffer jacket" in message.body
    assert message.reply_to == ["carl@carers.example"]  # the police can answer the person who sent it
    [(filename, content, mimetype)] = message.attachments
    assert filename == "missing-person-profile-900001.pdf"
    assert mimetype == "application/pdf"
    assert content.startswith(b"%PDF-")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(content)).pages)
    assert "Part 2: when last seen" in text
    assert "Red puffer jacket, grey joggers, white trainers" in text
    assert "Jay Example, friend from school" in text

    sent = ProfileSent.objects.get(child=child)
    assert sent.episode == episode
    assert sent.sent_by == personas.carl
    assert sent.sent_to == "mispers@constabulary.example"
    assert sent.last_seen == "Outside Example Park at 21:40, with two older boys"
    assert AuditEvent.objects.filter(
        action="export",
        actor=personas.carl,
        object_type="profilesent",
        object_id=str(sent.pk),
        child_id=child.pk,
    ).exists()
    assert b"Sent to the police" in response.content
