"""A match must lead to a placement with the carer chosen, also when that carer is not on this register: the bundle's
own register references are compared. A placement with no register entry, or with another, is refused; one with the
same entry (unlinked here too) is kept linked, and the import says the match has no carer chosen here."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from bundles.importer import bundle_import, bundle_import_report
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported, wipe_all
from bundles.validation import BundleError
from matching.models import PlacementMatch
from people.models import Child


def _no_entry(data: dict[str, Any]) -> None:
    data["placements"][1]["carer_record"] = None


def _another_entry(data: dict[str, Any]) -> None:
    data["placements"][1]["carer_record"] = {
        "reference": "FC-8002",
        "name": "Example Carer Household B",
        "kind": "own_foster",
    }


@pytest.mark.django_db
@pytest.mark.parametrize("register", [True, False], ids=["register emptied", "register kept"])
@pytest.mark.parametrize(
    ("change", "reason"),
    [(_no_entry, "it has no register entry"), (_another_entry, "it is with FC-8002, not FC-8001")],
)
def test_a_match_to_a_placement_without_the_carer_chosen_is_refused(
    family: Family, change: Callable[[dict[str, Any]], None], reason: str, register: bool
) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    wipe_all(register=register)
    change(data)

    with pytest.raises(BundleError) as refused:
        bundle_import(data=data)

    problems = dict(refused.value.errors)
    assert "That placement is not with the carer chosen" in problems["$.placement_matches[1].placement"]
    assert reason in problems["$.placement_matches[1].placement"]
    assert not Child.objects.exists() and not PlacementMatch.objects.exists()


@pytest.mark.django_db
def test_a_match_whose_carer_is_not_on_this_register_keeps_its_placement_with_a_note(family: Family) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    wipe_all()

    report = bundle_import_report(data=data)

    match = PlacementMatch.objects.get(pk=data["placement_matches"][1]["id"])
    assert match.chosen is None and str(match.placement_id) == data["placements"][1]["id"]
    assert "no carer chosen here" in dict(report.notes)["$.placement_matches[1].placement"]
