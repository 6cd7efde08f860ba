"""A placement match whose snapshots Lantern could not read (needs without an age, a ranking row that is not a row, a
weight that is not a number...) is refused at the path of the broken value, and nothing is written: the match's page
would fail on it."""

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


def _empty_needs(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["needs"] = {}


def _no_needs(data: dict[str, Any]) -> None:
    del data["placement_matches"][0]["needs"]


def _age_in_words(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["needs"]["age"] = "fourteen"


def _unknown_wish(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["needs"]["wish_flags"] = ["pony"]


def _school_as_text(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["needs"]["school"] = "Fictional High School"


def _row_as_text(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["ranking"][1] = "Example Carer Household B"


def _ranked_without_id(data: dict[str, Any]) -> None:
    del data["placement_matches"][1]["ranking"][0]["id"]


def _rank_zero(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["ranking"][0]["rank"] = 0


def _weight_in_words(data: dict[str, Any]) -> None:
    data["placement_matches"][1]["weights"]["skill"] = "high"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "path", "reason"),
    [
        (_empty_needs, "$.placement_matches[1].needs", "cannot be read as the needs of a search: no age"),
        (_no_needs, "$.placement_matches[0].needs", "no age"),
        (_age_in_words, "$.placement_matches[1].needs", "cannot be read as the needs of a search"),
        (_unknown_wish, "$.placement_matches[1].needs", "Unknown wish flags: pony"),
        (_school_as_text, "$.placement_matches[1].needs", "cannot be read as the needs of a search"),
        (_row_as_text, "$.placement_matches[1].ranking[1]", "is not a row of a ranking"),
        (_ranked_without_id, "$.placement_matches[1].ranking[0].id", "is required in a ranked row"),
        (_rank_zero, "$.placement_matches[1].ranking[0].rank", "a rank is 1 or more"),
        (_weight_in_words, "$.placement_matches[1].weights.skill", "a weight is a number"),
    ],
)
def test_a_match_with_an_unreadable_snapshot_is_refused_at_its_path(
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
