"""The sharing routes and API operations for the access tests (lantern/tests/child_routes.py): what each needs, the
ids of the persona child's records in their paths, well-formed POST bodies, and the records the routes need."""

from __future__ import annotations

import datetime
from typing import Any

from access.guards import Need

WEB: dict[str, Need] = {
    "sharing:log": Need.VIEW,
    "sharing:checklist": Need.VIEW,
    "sharing:entry-add": Need.EDIT,
    "sharing:entry-edit": Need.EDIT,
    "sharing:entry-delete": Need.EDIT,
    "sharing:acknowledge": Need.CONTRIBUTE,
}
POST_ONLY: frozenset[str] = frozenset({"sharing:acknowledge"})
_CHILD = "/api/v1/children/{child_id}"
API: dict[tuple[str, str], Need] = {
    ("GET", f"{_CHILD}/information-shared"): Need.VIEW,
    ("POST", f"{_CHILD}/information-shared"): Need.EDIT,
    ("PATCH", f"{_CHILD}/information-shared/{{shared_id}}"): Need.EDIT,
    ("POST", f"{_CHILD}/information-shared/{{shared_id}}/acknowledgement"): Need.CONTRIBUTE,
    ("GET", f"{_CHILD}/placements/{{placement_id}}/sharing-checklist"): Need.VIEW,
}


def ids(personas: Any) -> dict[str, str]:
    return {"shared_id": str(personas.child.information_shared.order_by("shared_on").first().pk)}


def bodies(personas: Any) -> dict[str, dict[str, Any]]:
    return {
        "information-shared": {
            "item": "care_plan",
            "recipient": "Sam and Alex Carer",
            "recipient_kind": "carer",
            "shared_on": "2026-01-05",
            "method": "secure_email",
        },
    }


def add_records(personas: Any) -> None:
    """The placement plan shared with the persona child's carers (Carl, in the network with his account)."""
    from sharing.tests.factories import carl_in_network, share

    share(
        personas,
        item="placement_plan",
        member=carl_in_network(personas),
        shared_on=datetime.date(2024, 1, 11),
    )
