"""The substance misuse, youth justice and care leaver routes for the access tests (lantern/tests/child_routes.py): what each
needs, the ids of the persona child's records in their paths, and the records the routes need. Substance misuse
is read like the rest of the health record; youth justice outcomes, like visits and reviews, by the authority's
staff only."""

from __future__ import annotations

import datetime
from typing import Any

from access.guards import Need

WEB: dict[str, Need] = {
    "health:misuse": Need.VIEW,
    "health:misuse-add": Need.EDIT,
    "health:misuse-edit": Need.EDIT,
    "health:misuse-delete": Need.EDIT,
    "casework:youth-justice": Need.STAFF,
    "casework:youth-justice-add": Need.EDIT,
    "casework:youth-justice-edit": Need.EDIT,
    "casework:youth-justice-delete": Need.EDIT,
    "casework:care-leaver": Need.STAFF,
    "casework:care-leaver-add": Need.EDIT,
    "casework:care-leaver-edit": Need.EDIT,
    "casework:care-leaver-delete": Need.EDIT,
}
POST_ONLY: frozenset[str] = frozenset()
API: dict[tuple[str, str], Need] = {}


def ids(personas: Any) -> dict[str, str]:
    child = personas.child
    return {
        "misuse_id": str(child.substance_misuse.get().pk),
        "outcome_id": str(child.youth_justice_outcomes.get().pk),
        "leaver_outcome_id": str(child.care_leaver_outcomes.get().pk),
    }


def bodies(personas: Any) -> dict[str, dict[str, Any]]:
    return {}


def add_records(personas: Any) -> None:
    from casework.care_leaver import CareLeaverOutcome, InTouch
    from casework.youth_justice import OutcomeKind, YouthJusticeOutcome
    from casework.youth_justice_services import outcome_save
    from health.models import SubstanceMisuse
    from health.services import substance_misuse_save

    child, wendy = personas.child, personas.wendy
    substance_misuse_save(
        actor=wendy, record=SubstanceMisuse(child=child, identified_on=datetime.date(2025, 6, 2))
    )
    outcome_save(
        actor=wendy,
        outcome=YouthJusticeOutcome(
            child=child, outcome_on=datetime.date(2025, 10, 6), kind=OutcomeKind.YOUTH_CAUTION
        ),
    )
    # The persona child is 12: a birthday record needs a care leaver, so this one is made as a factory would
    # make it, only for the routes to have a record to open.
    CareLeaverOutcome.objects.create(child=child, birthday=datetime.date(2031, 9, 1), in_touch=InTouch.NO)
