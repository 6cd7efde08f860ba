"""The care record in the API (periods of care, legal statuses, placements, looked-after reviews) for the access
tests (lantern/tests/child_routes.py): what each operation needs, and bodies the services accept for the persona
child, looked after since 10 January 2024. A legal status or placement added falls in an earlier period of care,
which the access matrix adds first (test_access_matrix.py _FIRST): the persona child's own are open."""

from __future__ import annotations

from typing import Any

from access.guards import Need

_CHILD = "/api/v1/children/{child_id}"
WEB: dict[str, Need] = {}
POST_ONLY: frozenset[str] = frozenset()
API: dict[tuple[str, str], Need] = {
    ("GET", f"{_CHILD}/periods-of-care"): Need.VIEW,
    ("POST", f"{_CHILD}/periods-of-care"): Need.EDIT,
    ("PATCH", f"{_CHILD}/periods-of-care/{{period_id}}"): Need.EDIT,
    ("GET", f"{_CHILD}/legal-statuses"): Need.VIEW,
    ("POST", f"{_CHILD}/legal-statuses"): Need.EDIT,
    ("PATCH", f"{_CHILD}/legal-statuses/{{legal_status_id}}"): Need.EDIT,
    ("GET", f"{_CHILD}/placements"): Need.VIEW,
    ("POST", f"{_CHILD}/placements"): Need.EDIT,
    ("PATCH", f"{_CHILD}/placements/{{placement_id}}"): Need.EDIT,
    ("GET", f"{_CHILD}/reviews"): Need.STAFF,
    ("POST", f"{_CHILD}/reviews"): Need.EDIT,
    ("PATCH", f"{_CHILD}/reviews/{{review_id}}"): Need.EDIT,
}
EARLIER_PERIOD = {"start_date": "2023-03-01", "end_date": "2023-09-01"}


def ids(personas: Any) -> dict[str, str]:
    return {}


def bodies(personas: Any) -> dict[str, dict[str, Any]]:
    return {
        "periods-of-care": {
            "start_date": "2022-01-10",
            "end_date": "2022-06-01",
            "category_of_need": "N1",
            "end_reason": "E4A",
        },
        "legal-statuses": {"code": "C2", **EARLIER_PERIOD},
        "placements": {
            "place": "U4",
            "provider": "PR1",
            "carer": "Kim and Lee Carer",
            "postcode": "LN1 1AB",
            **EARLIER_PERIOD,
        },
        "reviews": {"held_on": "2025-06-02", "participation": "PN1"},
    }


def patches() -> dict[str, dict[str, Any]]:
    """Changes for the PATCH operations, by route name: each changes something, so that it is audited."""
    return {
        f"PATCH {_CHILD}/periods-of-care/{{period_id}}": {"category_of_need": "N2"},
        f"PATCH {_CHILD}/legal-statuses/{{legal_status_id}}": {"code": "C1"},
        f"PATCH {_CHILD}/placements/{{placement_id}}": {"carer": "Sam and Alex Carer-Jones"},
        f"PATCH {_CHILD}/reviews/{{review_id}}": {"notes": "Robin chaired the second half"},
    }


def add_records(personas: Any) -> None:
    return None


def add_earlier_period(personas: Any) -> None:
    """The period of care a legal status or placement added through the API falls in."""
    import datetime

    from care.models import PeriodOfCare

    PeriodOfCare.objects.create(
        child=personas.child,
        start_date=datetime.date(2023, 3, 1),
        end_date=datetime.date(2023, 9, 1),
        category_of_need="N1",
        end_reason="E4A",
    )
