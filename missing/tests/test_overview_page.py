"""The coordinator's overview lists the children they may see who went missing lately, with the pattern in each,
and the people and places named for several children; an unrelated worker sees none of it."""

from __future__ import annotations

from typing import Any

import pytest

from access.tests.factories import AccessGrantFactory
from care.models import PeriodOfCare
from missing.models import EpisodeKind, MissingEpisode
from missing.services import episode_save
from missing.tests.helpers import client_for, episode, hours_ago
from people.tests.factories import ChildFactory, PersonFactory


@pytest.mark.django_db
def test_the_coordinator_sees_the_children_and_a_network(personas: Any) -> None:
    episode(personas, started=hours_ago(50), hours=8, with_="Big J and Kez")
    other: Any = ChildFactory(person=PersonFactory(forename="Alex", surname="Invented"))
    PeriodOfCare.objects.create(child=other, start_date=personas.child.periods_of_care.get().start_date)
    AccessGrantFactory(child=other, user=personas.cora, reason="Missing and exploitation coordinator")
    start = hours_ago(70)
    episode_save(
        actor=personas.cora,
        episode=MissingEpisode(
            child=other,
            kind=EpisodeKind.AWAY,
            started_at=start,
            ended_at=hours_ago(60),
            reported_by="Residential key worker",
            found_with="big j",
        ),
    )
    page = client_for(personas.cora).get("/missing/").content.decode()
    assert "Robin Fictional" in page and "Alex Invented" in page
    assert "Networks of concern" in page and "Big J" in page and "2 children" in page

    unrelated = client_for(personas.uma).get("/missing/").content.decode()
    assert "Robin" not in unrelated and "Big J" not in unrelated
