"""`lantern seed` writes the missing episodes, return interviews and profiles it builds; they pass the models' own
checks, the chronology gets entries for them, and the demo coordinator and return interviewer can see children."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import pytest
from django.core.management import call_command

from access.selectors import visible_children
from accounts.models import User
from chronology.models import ChronologyEntry
from missing.models import MissingEpisode, MissingProfile, ReturnInterview
from synthetic.generator import build_authority
from synthetic.mint import LONDON
from synthetic.tests.missing_built import AS_OF


@pytest.fixture
def written(db: Any) -> Any:
    call_command(
        "seed", "--children=60", "--years=3", "--seed=6", f"--as-of={AS_OF}", "--no-progress", stdout=None
    )
    return build_authority(children=60, years=3, seed=6, as_of=AS_OF)


@pytest.mark.django_db
def test_the_seed_writes_the_missing_records_with_their_chronology(written: Any) -> None:
    for model, rows in (
        (MissingEpisode, written.missing_episodes),
        (ReturnInterview, written.return_interviews),
        (MissingProfile, written.missing_profiles),
    ):
        assert rows, model
        assert set(model._default_manager.values_list("pk", flat=True)) == {r.id for r in rows}, model
    stored = {e.pk: (e.started_at, e.ended_at, e.found_with) for e in MissingEpisode.objects.all()}
    assert stored == {e.id: (e.started_at, e.ended_at, e.found_with) for e in written.missing_episodes}
    for episode in MissingEpisode.objects.all():
        episode.clean()
    for interview in ReturnInterview.objects.select_related("episode"):
        interview.clean()
    entries = set(
        ChronologyEntry.objects.filter(source_type="missingepisode").values_list("source_id", flat=True)
    )
    assert entries == {str(e.id) for e in written.missing_episodes}
    offered = {str(i.id) for i in written.return_interviews if i.offered_at is not None}
    assert (
        set(ChronologyEntry.objects.filter(source_type="returninterview").values_list("source_id", flat=True))
        == offered
    )
    at = datetime.combine(AS_OF, time(0), tzinfo=LONDON) - timedelta(hours=1)
    for role in ("missing_coordinator", "return_interviewer"):
        assert visible_children(User.objects.get(username=f"demo.{role}"), at=at).exists(), role
