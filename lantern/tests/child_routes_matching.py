"""The matching routes and API operations for the access tests (lantern/tests/child_routes.py): what each needs, the
ids of the persona child's records in their paths, well-formed POST bodies, and the records the routes need."""

from __future__ import annotations

from datetime import date
from typing import Any

from access.guards import Need
from care.tests.factories import CarerProviderFactory
from matching.needs import Needs
from matching.services import match_search

WEB: dict[str, Need] = {
    "matching:child": Need.STAFF,
    "matching:new": Need.EDIT,
    "matching:detail": Need.STAFF,
    "matching:decide": Need.EDIT,
    "matching:link": Need.EDIT,
    "matching:notes": Need.EDIT,
}
POST_ONLY: frozenset[str] = frozenset({"matching:decide", "matching:link", "matching:notes"})
API: dict[tuple[str, str], Need] = {
    ("GET", "/api/v1/children/{child_id}/matching/needs"): Need.STAFF,
    ("POST", "/api/v1/children/{child_id}/matching"): Need.EDIT,
    ("GET", "/api/v1/children/{child_id}/matching"): Need.STAFF,
    ("GET", "/api/v1/children/{child_id}/matching/{match_id}"): Need.STAFF,
    ("POST", "/api/v1/children/{child_id}/matching/{match_id}/decision"): Need.EDIT,
    ("POST", "/api/v1/children/{child_id}/matching/{match_id}/placement"): Need.EDIT,
    ("POST", "/api/v1/children/{child_id}/matching/{match_id}/outcome-notes"): Need.EDIT,
}
CARER_REFERENCE = "FC-ROUTES-1"


def ids(personas: Any) -> dict[str, str]:
    return {"match_id": str(personas.child.placement_matches.get().pk)}


def bodies(personas: Any) -> dict[str, dict[str, Any]]:
    match = personas.child.placement_matches.get()
    carer = next(row for row in match.ranking if row["reference"] == CARER_REFERENCE)
    return {
        "matching": {"worker_added": "Robin wants to keep seeing the football club"},
        "decision": {"carer_id": carer["id"], "reasons": "Trained in exploitation risk, near the school"},
        "placement": {"placement_id": str(personas.child.placements.get().pk)},
        "outcome-notes": {"outcome_notes": "Settled well; school attendance up"},
    }


def add_records(personas: Any) -> None:
    CarerProviderFactory(reference=CARER_REFERENCE, name="Example Routes Household")
    match_search(actor=personas.wendy, child=personas.child, needs=Needs(age=11), on=date(2026, 1, 5))
