"""Builders for matching's tests: register facts and needs with sensible defaults, and a decided search."""

from __future__ import annotations

import uuid
from typing import Any

from matching.needs import Needs
from matching.rank import CarerFacts


def facts(reference: str = "FC-0001", **changes: Any) -> CarerFacts:
    values: dict[str, Any] = {
        "id": uuid.uuid5(uuid.NAMESPACE_OID, reference),
        "reference": reference,
        "name": f"Example Carer {reference}",
        "kind": "own_foster",
        "status": "active",
        "area": "Fictionalton",
        "in_authority": True,
        "easting": 450000,
        "northing": 350000,
        "min_age": 0,
        "max_age": 17,
        "places": 2,
        "sex_limit": "any",
        "skills": frozenset(),
        "support": frozenset(),
        "occupied": 0,
        "placements_ended": 0,
        "placements_unplanned": 0,
    }
    values.update(changes)
    for key in ("skills", "support"):
        values[key] = frozenset(values[key])
    return CarerFacts(**values)


def needs(**changes: Any) -> Needs:
    values: dict[str, Any] = {"age": 9, "sex": "female"}
    values.update(changes)
    return Needs(**values)


def decided_match(personas: Any, *, reasons: str = "Trained in exploitation risk, near the school") -> Any:
    """A search for the persona child with one carer on the register, and that carer chosen."""
    from care.tests.factories import CarerProviderFactory
    from matching.services import match_decide, match_search

    carer: Any = CarerProviderFactory(name="Example Household One", skills=["exploitation"])
    match = match_search(actor=personas.wendy, child=personas.child, needs=needs(age=12))
    return match_decide(actor=personas.wendy, match=match, carer=carer, reasons=reasons)
