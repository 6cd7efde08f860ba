"""How placement matching appears in the child's chronology (learning point 7): one entry when a carer is chosen,
"Matched with <carer>: <reasons>", in Category.PLACEMENT. A search with no decision makes no entry."""

from __future__ import annotations

from django.urls import reverse

from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import Facts, register
from matching.models import PlacementMatch


def match_facts(match: PlacementMatch) -> Facts | None:
    if match.chosen_id is None or match.decided_on is None:
        return None
    chosen = match.chosen
    name = chosen.name if chosen is not None else "a carer"
    return Facts(
        child_id=match.child_id,
        occurred_on=match.decided_on,
        category=Category.PLACEMENT,
        what_happened=f"Matched with {name}: {match.reasons}",
        agency="Children's social care",
        significance=Significance.SIGNIFICANT,
    )


def _link(entry: ChronologyEntry) -> str:
    return reverse("matching:detail", args=[entry.child_id, entry.source_id])


def register_sources() -> None:
    register(
        PlacementMatch,
        source_type="placementmatch",
        describe=match_facts,
        queryset=lambda: PlacementMatch.objects.select_related("chosen"),
        link=_link,
        label="Placement match",
    )
