"""The persona child's record (conftest.py's personas: care records and an overnight missing episode in March 2024
with its return interview, written through the services) round-trips: export, import into an empty database,
export again gives the same bytes, and the episode's chronology entries are made again by their signals."""

from __future__ import annotations

import json

import pytest

from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import
from bundles.tests.conftest import wipe_records
from chronology.models import ChronologyEntry
from lantern.tests.personas import Personas
from missing.models import MissingEpisode, ReturnInterview
from people.models import Child


@pytest.mark.django_db
def test_the_persona_childs_record_round_trips(personas: Personas) -> None:
    first = bundle_dumps(bundle_export(child=Child.objects.get(pk=personas.child.pk)))
    exported = json.loads(first)
    assert [e["found_where"] for e in exported["missing_episodes"]] == ["Bus station"]
    assert [i["done_by"] for i in exported["return_interviews"]] == ["Rita Return"]
    wipe_records()
    assert not MissingEpisode.objects.exists() and not ChronologyEntry.objects.exists()

    child = bundle_import(data=exported, source="personas.json")

    assert bundle_dumps(bundle_export(child=Child.objects.get(pk=child.pk))) == first
    episode = MissingEpisode.objects.get(child=child)
    assert ReturnInterview.objects.get(child=child).episode == episode
    made = ChronologyEntry.objects.filter(
        child=child, source_type="missingepisode", source_id=str(episode.pk)
    )
    assert [e.what_happened for e in made] == ["Missing from 22:30, back after 9 hours; found at Bus station"]
