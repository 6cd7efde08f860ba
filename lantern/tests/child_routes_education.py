"""The education routes and API operations for the access tests (lantern/tests/child_routes.py): what each needs, the
ids of the persona child's records in their paths, well-formed POST bodies, and the records the routes need."""

from __future__ import annotations

from typing import Any

from access.guards import Need

WEB: dict[str, Need] = {}
POST_ONLY: frozenset[str] = frozenset()
API: dict[tuple[str, str], Need] = {}


def ids(personas: Any) -> dict[str, str]:
    return {}


def bodies(personas: Any) -> dict[str, dict[str, Any]]:
    return {}


def add_records(personas: Any) -> None:
    return None
