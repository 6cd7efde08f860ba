"""A bundle whose placement matches break a rule is refused with the path of the broken value and its reason, and
nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from bundles.importer import bundle_import
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported, wipe_all
from bundles.validation import BundleError
from matching.models import PlacementMatch
from people.models import Child

UNKNOWN = "0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8"


def _decided_before(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["decided_on"] = "2025-09-01"


def _no_reasons(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["reasons"] = " "


def _unknown_placement(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["placement"] = UNKNOWN


def _unknown_outcome(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["outcome"] = "great"


def _future_search(data: dict[str, Any]) -> None:
    data["placement_matches"][0]["searched_on"] = "2099-01-01"


def _placement_before_search(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["searched_on"] = "2025-10-02"
    data["placement_matches"][1]["decided_on"] = "2025-10-02"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "path", "reason"),
    [
        (_decided_before, "$.placement_matches[1].decided_on", "cannot come before the search"),
        (_no_reasons, "$.placement_matches[1].reasons", "Say why this carer was chosen"),
        (_unknown_placement, "$.placement_matches[1].placement", "names no placement in placements"),
        (_unknown_outcome, "$.placement_matches[1].outcome", "is not one of"),
        (_future_search, "$.placement_matches[0].searched_on", "cannot be in the future"),
        (_placement_before_search, "$.placement_matches[1].placement", "began before the search"),
    ],
)
def test_a_broken_match_is_refused_at_its_path(
    family: Family, change: Callable[[dict[str, Any]], None], path: str, reason: str
) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    wipe_all(register=False)
    change(data)

    with pytest.raises(BundleError) as refused:
        bundle_import(data=data)

    problems = dict(refused.value.errors)
    assert path in problems, refused.value.errors
    assert reason in problems[path]
    assert not Child.objects.exists() and not PlacementMatch.objects.exists()
