"""A register entry's record of placements and its current occupancy, as matching and the register pages read them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from care.codes import PlacementChangeReason
from care.register_record import PlacementRecord
from care.register_selectors import occupancy, placement_records
from care.tests.factories import CarerProviderFactory, PlacementFactory
from people.tests.factories import ChildFactory


def test_unplanned_share_is_none_until_a_placement_ends() -> None:
    assert PlacementRecord(total=2, ended=0, unplanned=0).unplanned_share is None
    assert PlacementRecord(total=4, ended=4, unplanned=1).unplanned_share == 0.25


@pytest.mark.django_db
def test_the_record_counts_unplanned_endings_from_the_agreed_list() -> None:
    carer: Any = CarerProviderFactory()
    other: Any = CarerProviderFactory()
    child = ChildFactory()
    PlacementFactory(
        child=child,
        carer_record=carer,
        start_date=date(2025, 1, 1),
        end_date=date(2025, 3, 1),
        change_reason=PlacementChangeReason.CREQB,
    )
    PlacementFactory(
        child=child,
        carer_record=carer,
        start_date=date(2025, 4, 1),
        end_date=date(2025, 6, 1),
        change_reason=PlacementChangeReason.CARPL,
    )
    PlacementFactory(child=child, carer_record=carer, start_date=date(2025, 7, 1))
    PlacementFactory(child=child, carer_record=None, start_date=date(2024, 1, 1))

    records = placement_records()

    assert records[carer.id] == PlacementRecord(total=3, ended=2, unplanned=1)
    assert other.id not in records


@pytest.mark.django_db
def test_occupancy_counts_only_placements_current_on_the_day() -> None:
    carer: Any = CarerProviderFactory(places=3)
    PlacementFactory(child=ChildFactory(), carer_record=carer, start_date=date(2026, 1, 1))
    PlacementFactory(
        child=ChildFactory(), carer_record=carer, start_date=date(2025, 1, 1), end_date=date(2025, 12, 1)
    )
    PlacementFactory(child=ChildFactory(), carer_record=carer, start_date=date(2026, 6, 1))

    assert occupancy(date(2026, 3, 1)) == {carer.id: 1}
    assert occupancy(date(2026, 7, 1)) == {carer.id: 2}
    assert occupancy(date(2024, 1, 1)) == {}
