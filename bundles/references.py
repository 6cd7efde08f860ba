"""Checks that span records: ids are unique, references point at people in the bundle, the child is new."""

from __future__ import annotations

from typing import Any

from bundles.validation import Problem
from people.models import Child


def _duplicate_ids(records: list[dict[str, Any]], section: str) -> list[Problem]:
    first_at: dict[str, int] = {}
    problems: list[Problem] = []
    for index, record in enumerate(records):
        key = record["id"]
        if key in first_at:
            problems.append((f"$.{section}[{index}].id", f"the same id as $.{section}[{first_at[key]}]"))
        else:
            first_at[key] = index
    return problems


def reference_errors(data: dict[str, Any]) -> list[Problem]:
    """Problems a schema cannot see. `data` must already be valid against the schema."""
    people: list[dict[str, Any]] = data["people"]
    person_ids = {person["id"] for person in people}
    problems: list[Problem] = []
    for section in ("people", "relationships", "allocations"):
        problems += _duplicate_ids(data[section], section)

    child = data["child"]
    if child["person"] not in person_ids:
        problems.append(("$.child.person", f"{child['person']!r} is not the id of anyone in $.people"))
    if Child.objects.filter(local_id=child["local_id"]).exists():
        problems.append(("$.child.local_id", f"a child with local ID {child['local_id']} already exists"))

    for index, relationship in enumerate(data["relationships"]):
        for end in ("person_a", "person_b"):
            if relationship[end] not in person_ids:
                problems.append(
                    (
                        f"$.relationships[{index}].{end}",
                        f"{relationship[end]!r} is not the id of anyone in $.people",
                    )
                )
    return problems
