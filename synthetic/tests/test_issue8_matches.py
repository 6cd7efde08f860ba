"""Placements of the last two years were found through matching: the carer chosen is the placement's register
entry, ranked in the search's own ranking (its rank and score as the ranking shows them), with reasons in words, and
the outcome is what matching/outcome.py makes of the placement."""

from __future__ import annotations

from datetime import timedelta

from care.codes import UNPLANNED_ENDINGS
from matching.models import Outcome
from matching.snapshot import ranked_rows, row_for
from synthetic.tests.missing_built import AS_OF, built


def test_matches_choose_the_placements_carer_from_the_ranking() -> None:
    out = built()
    e = out.education
    carers = {c.id for c in e.carers}
    placements = {p.id: p for p in out.placements}
    usernames = {u.username for u in out.users}
    assert len(e.matches) > 20
    for match in e.matches:
        placement = placements[match.placement]
        assert match.child == placement.child
        assert match.chosen in carers and match.chosen == e.carer_of[placement.id]
        assert match.searched_on <= match.decided_on <= placement.start_date
        assert placement.start_date >= AS_OF - timedelta(days=2 * 366)
        assert match.searched_by in usernames
        row = row_for(match.ranking, match.chosen)
        assert row is not None and row["rank"] == match.chosen_rank
        assert 1 <= match.chosen_rank <= len(ranked_rows(match.ranking))
        assert row["score"] == match.chosen_score
        assert match.reasons.startswith(f"Ranked {match.chosen_rank} of ")
        if placement.end_date and placement.change_reason in UNPLANNED_ENDINGS:
            assert match.outcome == Outcome.DISRUPTED
    assert {Outcome.OPEN, Outcome.STABLE, Outcome.DISRUPTED} <= {m.outcome for m in e.matches}
