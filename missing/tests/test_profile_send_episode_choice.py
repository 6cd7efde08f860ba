"""Part 2's episode is one of the child's open episodes: one the child has come back from is refused, and nothing
is sent."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from missing.models import ProfileSent
from missing.tests.factories_profile import ProfileEpisodeFactory


@pytest.mark.django_db
def test_the_episode_must_be_an_open_one_of_this_child(personas: Any) -> None:
    closed: Any = ProfileEpisodeFactory(child=personas.child)  # came back: not offered
    ProfileEpisodeFactory(child=personas.child, ended_at=None)
    client = Client()
    client.force_login(personas.wendy)
    response = client.post(
        f"/children/{personas.child.pk}/missing-profile/send/", {"episode": str(closed.pk)}
    )
    assert response.status_code == 200
    assert b"There is a problem" in response.content
    assert mail.outbox == []
    assert not ProfileSent.objects.exists()
