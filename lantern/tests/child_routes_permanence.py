"""The permanence routes for the access tests (lantern/tests/child_routes.py): what each needs, the ids of the
persona child's records in their paths, and the records the routes need."""

from __future__ import annotations

import datetime
from typing import Any

from access.guards import Need

WEB: dict[str, Need] = {
    "permanence:record": Need.VIEW,
    "permanence:previous-add": Need.EDIT,
    "permanence:previous-edit": Need.EDIT,
    "permanence:previous-delete": Need.EDIT,
    "permanence:decision-add": Need.EDIT,
    "permanence:decision-edit": Need.EDIT,
    "permanence:decision-delete": Need.EDIT,
}
POST_ONLY: frozenset[str] = frozenset()
API: dict[tuple[str, str], Need] = {}


def ids(personas: Any) -> dict[str, str]:
    child = personas.child
    return {
        "previous_id": str(child.previous_permanence.get().pk),
        "decision_id": str(child.adoption_decisions.get().pk),
    }


def bodies(personas: Any) -> dict[str, dict[str, Any]]:
    return {}


def add_records(personas: Any) -> None:
    from permanence.models import AdoptionDecision, PreviousPermanence
    from permanence.services import adoption_decision_save, previous_permanence_save

    child, wendy = personas.child, personas.wendy
    period = child.periods_of_care.get()
    previous_permanence_save(actor=wendy, record=PreviousPermanence(child=child, period=period, option="Z1"))
    adoption_decision_save(
        actor=wendy, record=AdoptionDecision(child=child, decided_on=datetime.date(2024, 3, 4))
    )
