"""A child's episodes start within a period of care and before as_of, end after they start and never overlap; only
one child is still missing, gone in the last two days."""

from __future__ import annotations

import itertools
import uuid
from datetime import timedelta

from synthetic.spec import PeriodOfCareSpec
from synthetic.tests.missing_built import AS_OF, CUTOFF, built, episodes_by_child, local


def test_episodes_are_within_care_before_as_of_and_never_overlap() -> None:
    a = built()
    periods: dict[uuid.UUID, list[PeriodOfCareSpec]] = {}
    for period in a.periods_of_care:
        periods.setdefault(period.child, []).append(period)
    still_missing = []
    for child, own in episodes_by_child(a).items():
        for episode in own:
            day = local(episode.started_at).date()
            assert episode.started_at < CUTOFF
            assert any(p.start_date <= day <= (p.end_date or AS_OF) for p in periods[child])
            assert episode.started_at <= episode.reported_at < CUTOFF
            if episode.ended_at is None:
                still_missing.append(episode)
            else:
                assert episode.started_at < episode.ended_at <= CUTOFF
                if episode.safe_and_well_on is not None:
                    assert day <= episode.safe_and_well_on < AS_OF
        for earlier, later in itertools.pairwise(own):
            assert earlier.ended_at is not None and earlier.ended_at < later.started_at
    assert 1 <= len(still_missing) <= 2
    assert all(e.started_at >= CUTOFF - timedelta(days=2) for e in still_missing)
