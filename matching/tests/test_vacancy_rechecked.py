"""The vacancy is checked again when the decision is recorded and when the placement is linked: a carer that filled
up after the search is refused with a message saying so."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from care.tests.factories import CarerProviderFactory, PlacementFactory
from matching.services import match_decide, match_link_placement, match_search
from matching.tests.factories import decided_match, needs
from people.tests.factories import ChildFactory


@pytest.mark.django_db
def test_a_carer_full_since_the_search_cannot_be_chosen(personas: Any) -> None:
    carer: Any = CarerProviderFactory(name="Example Household One", places=1)
    match = match_search(actor=personas.wendy, child=personas.child, needs=needs(age=12))
    PlacementFactory(child=ChildFactory(), carer_record=carer, start_date=timezone.localdate())
    with pytest.raises(ValidationError) as refused:
        match_decide(actor=personas.wendy, match=match, carer=carer, reasons="Near the school")
    assert "Example Household One has no vacancy for the child" in str(refused.value)
    assert "filled up since the search" in str(refused.value)
    match.refresh_from_db()
    assert not match.decided


@pytest.mark.django_db
def test_a_placement_with_a_carer_full_on_its_first_day_cannot_be_linked(personas: Any) -> None:
    match = decided_match(personas)
    today = timezone.localdate()
    for _ in range(2):  # the factory's two places, taken by other children
        PlacementFactory(
            child=ChildFactory(), carer_record=match.chosen, start_date=today - timedelta(days=1)
        )
    placement: Any = PlacementFactory(child=personas.child, carer_record=match.chosen, start_date=today)
    with pytest.raises(ValidationError) as refused:
        match_link_placement(actor=personas.wendy, match=match, placement=placement)
    assert "Example Household One had no vacancy on" in str(refused.value)
    match.refresh_from_db()
    assert match.placement_id is None
