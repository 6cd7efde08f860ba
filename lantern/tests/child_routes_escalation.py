"""The escalation routes and API operations for the access tests (lantern/tests/child_routes.py): what each needs, the
ids of the persona child's records in their paths, well-formed POST bodies, and the records the routes need."""

from __future__ import annotations

from typing import Any

from access.guards import Need
from escalation.models import Escalation
from escalation.services import escalation_raise

WEB: dict[str, Need] = {
    "escalation:child": Need.VIEW,
    "escalation:raise": Need.CONTRIBUTE,
    "escalation:detail": Need.VIEW,
    "escalation:respond": Need.CONTRIBUTE,
    "escalation:next-stage": Need.CONTRIBUTE,
    "escalation:resolve": Need.CONTRIBUTE,
    "escalation:withdraw": Need.CONTRIBUTE,
}
POST_ONLY: frozenset[str] = frozenset(
    {"escalation:respond", "escalation:next-stage", "escalation:resolve", "escalation:withdraw"}
)
API: dict[tuple[str, str], Need] = {
    ("GET", "/api/v1/children/{child_id}/escalations"): Need.VIEW,
    ("POST", "/api/v1/children/{child_id}/escalations"): Need.CONTRIBUTE,
    ("GET", "/api/v1/children/{child_id}/escalations/{escalation_id}"): Need.VIEW,
    ("POST", "/api/v1/children/{child_id}/escalations/{escalation_id}/steps"): Need.CONTRIBUTE,
}


def ids(personas: Any) -> dict[str, str]:
    return {"escalation_id": str(personas.child.escalations.get().pk)}


def bodies(personas: Any) -> dict[str, dict[str, Any]]:
    return {
        "escalations": {
            "concerning_agency": "Example Constabulary",
            "concern": "No police action after the third missing episode",
            "why_it_matters": "Robin is at risk of exploitation",
            "wanted_outcome": "A joint visit this week",
        },
        "steps": {"kind": "response", "text": "We will arrange the visit"},
    }


def add_records(personas: Any) -> None:
    escalation_raise(
        actor=personas.wendy,
        escalation=Escalation(
            child=personas.child,
            concerning_agency="Example Constabulary",
            concern="No police action after the third missing episode",
            why_it_matters="Robin is at risk of exploitation",
            wanted_outcome="A joint visit this week",
        ),
    )
