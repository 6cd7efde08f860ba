"""A hand-written bundle with missing records imports: the times keep their instants whatever offset they were
written with, the episodes make their chronology entries through their signals, and no access grant is given (an
import is not the report of an episode that episode_save's grants are for)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from access.models import AccessGrant
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from bundles.importer import bundle_import
from bundles.tests.conftest import EPISODE_ID, SECOND_EPISODE_ID, with_missing
from chronology.models import ChronologyEntry
from missing.models import MissingEpisode, MissingProfile, ProfileSent, ReturnInterview


@pytest.mark.django_db
def test_a_hand_written_bundle_with_missing_records_imports(bundle: dict[str, Any]) -> None:
    UserFactory(username="cora", role=Role.MISSING_COORDINATOR)

    child = bundle_import(data=with_missing(bundle))

    second = MissingEpisode.objects.get(pk=SECOND_EPISODE_ID)
    assert second.started_at == datetime.datetime(2024, 4, 20, 17, 0, tzinfo=datetime.UTC)
    assert second.ended_at is None and second.recorded_by is None and second.child == child
    interview = ReturnInterview.objects.get()
    assert (interview.episode_id, interview.child) == (MissingEpisode.objects.get(pk=EPISODE_ID).pk, child)
    assert ProfileSent.objects.get().episode == second
    profile = MissingProfile.objects.get(child=child)
    assert profile.description == "Tall, dark hair." and not profile.photo
    entries = ChronologyEntry.objects.filter(
        child=child, source_type__in=["missingepisode", "returninterview"]
    )
    assert sorted(e.source_id for e in entries) == sorted([EPISODE_ID, SECOND_EPISODE_ID, str(interview.pk)])
    assert not AccessGrant.objects.exists()
