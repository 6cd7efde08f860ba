"""A decision makes one significant placement entry in the child's chronology, "Matched with <carer>: <reasons>",
linking back to the search; a search with no decision makes none."""

from __future__ import annotations

from typing import Any

import pytest

from care.tests.factories import CarerProviderFactory
from chronology.models import Category, ChronologyEntry, Significance
from matching.services import match_search
from matching.tests.factories import decided_match, needs


@pytest.mark.django_db
def test_a_decision_makes_a_placement_entry(personas: Any) -> None:
    CarerProviderFactory()
    match_search(actor=personas.wendy, child=personas.child, needs=needs(age=12))
    assert not ChronologyEntry.objects.filter(child=personas.child, source_type="placementmatch").exists()

    match = decided_match(personas)
    entry = ChronologyEntry.objects.get(
        child=personas.child, source_type="placementmatch", source_id=match.pk
    )
    assert entry.category == Category.PLACEMENT
    assert entry.significance == Significance.SIGNIFICANT
    assert (
        entry.what_happened
        == "Matched with Example Household One: Trained in exploitation risk, near the school"
    )
    assert entry.occurred_on == match.decided_on
