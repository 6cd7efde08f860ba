"""An invalid bundle is refused as a whole, naming the JSON path of each bad field, and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from accounts.models import User
from audit.models import AuditEvent
from bundles.importer import BundleError, bundle_import
from casework.models import Allocation
from people.models import Child, Person, PersonName, Relationship

Change = Callable[[dict[str, Any]], None]


def _set(*path: str | int, value: Any) -> Change:
    def change(bundle: dict[str, Any]) -> None:
        target: Any = bundle
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _drop(*path: str | int) -> Change:
    def change(bundle: dict[str, Any]) -> None:
        target: Any = bundle
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return change


CASES = {
    # caught by the schema
    "short NHS number": (
        _set("people", 1, "nhs_number", value="123"),
        "$.people[1].nhs_number: '123' is not valid",
    ),
    "unknown sex code": (_set("people", 0, "sex", value="X"), "$.people[0].sex: 'X' is not one of"),
    "unknown legal status": (_set("child", "legal_status", value="ZZ"), "$.child.legal_status: 'ZZ'"),
    "missing surname": (_drop("people", 1, "surname"), "$.people[1].surname: is required but missing"),
    "impossible date": (_set("people", 0, "date_of_birth", value="2012-02-30"), "$.people[0].date_of_birth"),
    "unknown field": (_set("people", 0, "shoe_size", value=5), "$.people[0].shoe_size: is not a field"),
    "newer version": (_set("version", value=2), "$.version: this Lantern reads version 1 bundles"),
    # caught by the models, after some records were already written in the transaction
    "NHS check digit": (
        _set("people", 1, "nhs_number", value="1234567890"),
        "$.people[1].nhs_number: '1234567890' is not valid: Enter a valid NHS number",
    ),
    "UPN check letter": (
        _set("child", "upn", value="A12345678901B"),
        "$.child.upn: 'A12345678901B' is not valid: Enter a valid UPN",
    ),
    "allocation ends before it starts": (
        _set("allocations", 0, "end_date", value="2024-03-01"),
        "$.allocations[0].end_date: '2024-03-01' is not valid: End date must be on or after the start date",
    ),
    "died before birth": (
        _set("people", 1, "date_of_death", value="1980-01-01"),
        "$.people[1].date_of_death",
    ),
    "same other name twice": (
        _set(
            "people", 0, "other_names", value=[{"kind": "alias", "name": "A"}, {"kind": "alias", "name": "A"}]
        ),
        "$.people[0].other_names[1]",
    ),
}


def _counts() -> list[int]:
    models = (Person, PersonName, Child, Relationship, Allocation, User, AuditEvent)
    return [model.objects.count() for model in models]


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(CASES))
def test_invalid_bundle_is_refused_with_its_path(case: str, bundle: dict[str, Any]) -> None:
    change, expected = CASES[case]
    change(bundle)
    before = _counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert expected in str(refused.value)
    assert any(expected.startswith(path) for path, _ in refused.value.errors)
    assert _counts() == before


@pytest.mark.django_db
def test_every_schema_error_is_listed_in_path_order(bundle: dict[str, Any]) -> None:
    bundle["people"][1]["sex"] = "X"
    bundle["people"][0]["nhs_number"] = "123"
    bundle["allocations"][0]["role"] = "wizard"

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    paths = [path for path, _ in refused.value.errors]
    assert paths == ["$.allocations[0].role", "$.people[0].nhs_number", "$.people[1].sex"]


@pytest.mark.django_db
def test_the_unchanged_bundle_imports(bundle: dict[str, Any]) -> None:
    child = bundle_import(data=bundle)

    assert child.local_id == "B00001"


@pytest.mark.django_db
def test_every_model_error_is_listed_not_just_the_first(bundle: dict[str, Any]) -> None:
    bundle["people"][0]["date_of_birth"] = "2999-01-01"
    bundle["people"][1]["nhs_number"] = "1234567890"
    bundle["allocations"][0]["end_date"] = "2020-01-01"

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    paths = [path for path, _ in refused.value.errors]
    assert paths == ["$.allocations[0].end_date", "$.people[0].date_of_birth", "$.people[1].nhs_number"]
    assert not User.objects.filter(username="newworker").exists()
