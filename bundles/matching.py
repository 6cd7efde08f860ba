"""The child's placement matches in a case bundle (matching/models.py `PlacementMatch`): each search of the register
with the needs, the worker's notes, the ranking and the weights as they were kept then (snapshots, unchanged), the
decision (the chosen carer by register reference with name and kind, the rank and score it had, the reasons, when
and by whom), the placement it led to (an id in `placements`), and how it turned out. Export here; import by
MatchingWriter (bundles/matching_writer.py)."""

from __future__ import annotations

from typing import Any

from bundles.network import fields
from bundles.plain import worker
from bundles.register import register_entry
from matching.models import PlacementMatch
from people.models import Child

MATCHES = "placement_matches"
SECTIONS = (MATCHES,)

MATCH_FIELDS = (
    "searched_on",
    "needs",
    "worker_notes",
    "ranking",
    "weights",
    "chosen_rank",
    "chosen_score",
    "reasons",
    "decided_on",
    "outcome",
    "outcome_on",
    "outcome_notes",
    "placement_removed",
)
DATES = frozenset({"searched_on", "decided_on", "outcome_on"})
_BY = ("team", "agency")


def _match(match: PlacementMatch) -> dict[str, Any]:
    return {
        "id": str(match.pk),
        **fields(match, MATCH_FIELDS),
        "searched_by": worker(match.searched_by),
        "chosen": register_entry(match.chosen),
        "decided_by": worker(match.decided_by),
        "placement": str(match.placement_id) if match.placement_id else None,
    }


def matching_export(child: Child) -> dict[str, Any]:
    """The searches by the day searched, then id."""
    matches = PlacementMatch.objects.filter(child=child).select_related(
        "chosen", *(f"searched_by__{x}" for x in _BY), *(f"decided_by__{x}" for x in _BY)
    )
    return {MATCHES: [_match(m) for m in sorted(matches, key=lambda m: (m.searched_on, str(m.pk)))]}
