"""References must point inside the bundle, ids must be unique, and the child must be new."""

from __future__ import annotations

from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import CHILD_ID
from people.models import Child, Person, Relationship

STRANGER = "00000000-0000-4000-8000-000000000001"


@pytest.mark.django_db
def test_relationship_to_someone_not_in_the_bundle_is_refused(bundle: dict[str, Any]) -> None:
    bundle["relationships"][0]["person_b"] = STRANGER

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert refused.value.errors == [
        ("$.relationships[0].person_b", f"{STRANGER!r} is not the id of anyone in $.people")
    ]
    assert not Person.objects.exists() and not Relationship.objects.exists()


@pytest.mark.django_db
def test_child_who_is_not_among_the_people_is_refused(bundle: dict[str, Any]) -> None:
    bundle["people"] = [p for p in bundle["people"] if p["id"] != CHILD_ID]

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    paths = [path for path, _ in refused.value.errors]
    assert paths == ["$.child.person", "$.relationships[0].person_b"]
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_duplicate_person_id_is_refused(bundle: dict[str, Any]) -> None:
    bundle["people"][1]["id"] = CHILD_ID
    bundle["relationships"] = []

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert refused.value.errors == [("$.people[1].id", "the same id as $.people[0]")]


@pytest.mark.django_db
def test_child_whose_local_id_exists_is_refused(bundle: dict[str, Any]) -> None:
    bundle_import(data=bundle)
    again: dict[str, Any] = {**bundle, "people": [], "relationships": [], "allocations": []}
    again["people"] = [
        {"id": "11111111-1111-4111-8111-111111111111", "forename": "Other", "surname": "Child"}
    ]
    again["child"] = {**bundle["child"], "person": "11111111-1111-4111-8111-111111111111"}

    with pytest.raises(BundleError) as refused:
        bundle_import(data=again)

    assert refused.value.errors == [("$.child.local_id", "a child with local ID B00001 already exists")]
    assert Child.objects.count() == 1


@pytest.mark.django_db
def test_person_already_in_the_database_is_refused(bundle: dict[str, Any]) -> None:
    bundle_import(data=bundle)
    bundle["child"]["local_id"] = "B00002"

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert ("$.people[0].id", f"{CHILD_ID!r} is not valid: Person with this Id already exists.") in (
        refused.value.errors
    )
    assert Child.objects.count() == 1
