"""When the email cannot be handed to the mail server, the person is told to phone the police, and nothing is
recorded as sent."""

from __future__ import annotations

import smtplib
from typing import Any

import pytest
from django.core.mail import EmailMessage
from django.test import Client

from audit.models import AuditEvent
from missing.models import ProfileSent


@pytest.mark.django_db
def test_a_failed_email_records_nothing_and_says_what_to_do(personas: Any, monkeypatch: Any) -> None:
    def refuse(self: Any, fail_silently: bool = False) -> int:
        raise smtplib.SMTPServerDisconnected("connection closed")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    client = Client()
    client.force_login(personas.wendy)

    response = client.post(f"/children/{personas.child.pk}/missing-profile/send/", {"last_seen": "At school"})

    assert response.status_code == 200
    assert b"There is a problem" in response.content
    assert b"could not be emailed to the police" in response.content
    assert b"call 999" in response.content
    assert not ProfileSent.objects.exists()
    assert not AuditEvent.objects.filter(action="export").exists()
