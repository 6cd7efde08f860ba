"""Two people keeping the same profile: a change made by someone else after the form was opened (or a profile made
by someone else after an empty form was opened) is not overwritten; the refused change is kept in the audit log."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from missing.models import MissingProfile
from missing.tests.factories_profile import profile_form_data


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_a_stale_version_is_refused(personas: Any) -> None:
    url = f"/children/{personas.child.pk}/missing-profile/edit/"
    _client(personas.wendy).post(url, profile_form_data(places="Example Park"))
    _client(personas.wendy).post(url, profile_form_data(places="Example Park\nThe arcade", version="1"))

    response = _client(personas.carl).post(url, profile_form_data(places="Lincoln", version="1"))

    assert response.status_code == 200
    assert b"Someone else changed this" in response.content
    profile = MissingProfile.objects.get(child=personas.child)
    assert profile.places == "Example Park\nThe arcade"
    assert profile.version == 2
    assert AuditEvent.objects.filter(
        action="refusal",
        actor=personas.carl,
        object_type="missingprofile",
        reason__startswith="edit conflict",
    ).exists()


@pytest.mark.django_db
def test_a_profile_made_after_the_empty_form_was_opened_is_not_overwritten(personas: Any) -> None:
    url = f"/children/{personas.child.pk}/missing-profile/edit/"
    _client(personas.wendy).post(url, profile_form_data(places="Example Park"))

    response = _client(personas.carl).post(url, profile_form_data(places="Lincoln", version=""))

    assert response.status_code == 200
    assert b"Someone else changed this" in response.content
    assert MissingProfile.objects.get(child=personas.child).places == "Example Park"
