"""The access matrix: every route and API operation that names a child, for every persona, against the declared
need of the route (lantern/tests/child_routes.py). A persona gets the page when the access rule lets them see the
child and their role allows what the route needs, and 404 otherwise; either way the request leaves an audit row
(a view or a refusal). An allowed change is made, with a well-formed body, inside a transaction that is rolled back:
it answers 2xx and leaves an audit row for the child."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.db import transaction
from django.test import Client

from access.guards import Need
from audit.models import AuditEvent
from lantern.api.auth import token_issue
from lantern.tests import child_routes_care_records
from lantern.tests.child_routes import (
    API_NEEDS,
    WEB_NEEDS,
    Route,
    api_child_operations,
    valid_bodies,
    web_child_routes,
    with_every_record,
)
from lantern.tests.personas import add_matrix_personas

# Need.EDUCATION (attendance, exclusions, school records) is the responsible workers' and, with a grant, the
# virtual school's or designated teacher's (Role.EDUCATION).
ALLOWED: dict[str, frozenset[Need]] = {
    "wendy": frozenset(set(Need) - {Need.AUDIT}),  # allocated social worker
    "mia": frozenset(Need),  # her team manager
    "pat": frozenset({Need.VIEW, Need.MISSING, Need.REPORT_MISSING, Need.CONTRIBUTE}),  # police, with a grant
    "carl": frozenset({Need.VIEW, Need.MISSING, Need.REPORT_MISSING, Need.CONTRIBUTE}),  # carer, with a grant
    "rita": frozenset({Need.MISSING, Need.RETURN_INTERVIEW}),  # return interview service: nothing else
    "cora": frozenset(  # missing and exploitation coordinator, with a grant
        {Need.VIEW, Need.MISSING, Need.REPORT_MISSING, Need.RETURN_INTERVIEW, Need.SAFEGUARD, Need.CONTRIBUTE}
    ),
    # the virtual school's designated teacher, with a grant: sees the child (and the missing record), adds to the
    # chronology as the network does, keeps the school's part of the education record; nothing more
    "tess": frozenset({Need.VIEW, Need.MISSING, Need.CONTRIBUTE, Need.EDUCATION}),
    "uma": frozenset(),  # unrelated worker
    "max": frozenset(),  # unrelated manager
    # allocated as the child's IRO: the staff's reading of the record (notes, exports, matching), no changes: the
    # IRO is neither a care record nor an allocation editor, nor a partner of the network (access/permissions.py)
    "ivy": frozenset({Need.VIEW, Need.MISSING, Need.STAFF}),
    # the looked-after children's nurse, with a grant: reads, and adds the network's part as every partner does
    "hana": frozenset({Need.VIEW, Need.MISSING, Need.CONTRIBUTE}),
    "ada": frozenset(),  # an administrator with no basis for the child: the role alone opens nothing
}


def _audit_rows(personas: Any) -> int:
    return AuditEvent.objects.filter(child_id=personas.child.pk).count()


def _bodies(personas: Any) -> dict[str, dict[str, Any]]:
    """The valid bodies of lantern/tests/child_routes.py, with those of the changes it has none for: a PATCH is
    keyed by its route's name (its path ends in an id), and changes something, since a change that changes nothing
    is not audited."""
    child = "PATCH /api/v1/children/{child_id}"
    return (
        valid_bodies(personas)
        | {
            "return-interview": {
                "offered_at": "2024-03-10T10:00",
                "response": "accepted",
                "done_on": "2024-03-11",
                "done_by": "Rita Return",
            },
            "risk-plan": {
                **valid_bodies(personas)["risk-plan"],
                "version": personas.child.risk_plan.version,
            },
            child: {"upn_unknown": "UN4"},
            f"{child}/people/{{person_id}}": {"phone": "01632 960001"},
            f"{child}/relationships/{{relationship_id}}": {"description": "Birth mother, sees Robin monthly"},
            f"{child}/allocations/{{allocation_id}}": {"role": "student"},
            f"{child}/missing-episodes/{{episode_id}}": {"notes": "Came back by bus"},
            f"{child}/risk-plan-actions/{{action_id}}": {"notes": "First check-in held"},
            f"{child}/network-members/{{member_id}}": {"phone": "01632 960002"},
            f"{child}/information-shared/{{shared_id}}": {"description": "The placement plan, signed"},
            f"{child}/school-moves/{{move_id}}": {"records_sent_on": "2025-07-18"},
        }
        | child_routes_care_records.patches()
    )


def _choose_carer(personas: Any, client: Client, route: Route) -> dict[str, Any] | None:
    """Choose the carer of the persona search (the placement is linked, and the outcome noted, after that)."""
    decision = f"{route.path.rstrip('/').rsplit('/', 1)[0]}/decision"
    body = json.dumps(_bodies(personas)["decision"])
    done = client.post(decision, body, content_type="application/json")
    assert 200 <= done.status_code < 300, f"{route.name}, choosing the carer first: {done.status_code}"
    return None


def _place_with_chosen_carer(personas: Any, client: Client, route: Route) -> dict[str, Any] | None:
    """Choose the carer, and place Robin with them after the search: the placement the search led to."""
    from care.codes import PlacementProvider, PlacementType
    from care.models import CarerProvider, Placement
    from lantern.tests.child_routes_matching import CARER_REFERENCE

    _choose_carer(personas, client, route)
    placement = Placement.objects.create(
        child=personas.child,
        place=PlacementType.U4,
        provider=PlacementProvider.PR1,
        carer="Example Routes Household",
        carer_record=CarerProvider.objects.get(reference=CARER_REFERENCE),
        postcode="LN1 1AA",
        start_date=datetime.date(2026, 1, 6),
    )
    return {"placement_id": str(placement.pk)}


# What an allowed change needs done first, in the same rolled-back transaction; what it returns replaces the body.
def _earlier_period(personas: Any, client: Client, route: Route) -> None:
    child_routes_care_records.add_earlier_period(personas)


_FIRST: dict[str, Callable[[Any, Client, Route], dict[str, Any] | None]] = {
    "POST /api/v1/children/{child_id}/legal-statuses": _earlier_period,
    "POST /api/v1/children/{child_id}/placements": _earlier_period,
    "POST /api/v1/children/{child_id}/matching/{match_id}/placement": _place_with_chosen_carer,
    "POST /api/v1/children/{child_id}/matching/{match_id}/outcome-notes": _choose_carer,
}
# Need.CONTRIBUTE lets a partner acknowledge only what was shared with them (sharing/selectors.py may_acknowledge);
# a responsible worker may record it for them. The persona item was shared with Carl, so any other partner gets 404
# as for a route they may not use.
_RECIPIENT_ONLY = {
    "POST /api/v1/children/{child_id}/information-shared/{shared_id}/acknowledgement": {
        "carl",
        "wendy",
        "mia",
    }
}


def _valid_body(personas: Any, route: Route) -> str:
    """A well-formed request, so that a 404 cannot be a validation error in disguise, and an allowed change is
    made."""
    last = route.path.rstrip("/").rsplit("/", 1)[-1]
    bodies = _bodies(personas)
    if route.method == "PATCH":
        return json.dumps(bodies.get(route.name, {}))
    return json.dumps(bodies.get(last, {}) if route.method in {"POST", "PUT"} else {})


@pytest.fixture
def personas(personas: Any) -> Any:
    return with_every_record(add_matrix_personas(personas))


@pytest.mark.django_db
@pytest.mark.parametrize("who", sorted(ALLOWED))
def test_every_page_for_every_persona(personas: Any, who: str) -> None:
    client = Client()
    client.force_login(getattr(personas, who))
    routes = web_child_routes(personas)
    assert {r.name for r in routes} == set(WEB_NEEDS)
    for route in routes:
        allowed = route.need in ALLOWED[who]
        before = _audit_rows(personas)
        response = client.get(route.path)
        expected = (405 if route.method == "POST" else 200) if allowed else 404
        assert response.status_code == expected, (
            f"{who} GET {route.name}: {response.status_code}, wanted {expected}"
        )
        if not allowed:
            assert b"Robin" not in response.content and b"900001" not in response.content
        if not (allowed and route.method == "POST"):
            assert _audit_rows(personas) > before, f"{who} GET {route.name} left no audit row"


@pytest.mark.django_db
@pytest.mark.parametrize("who", sorted(ALLOWED))
def test_every_api_operation_for_every_persona(personas: Any, who: str) -> None:
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=getattr(personas, who), name='t')}"})
    operations = api_child_operations(personas)
    assert {r.name for r in operations} == {f"{m} {t}" for m, t in API_NEEDS}
    failed_changes = []
    for route in operations:
        allowed = route.need in ALLOWED[who] and who in _RECIPIENT_ONLY.get(route.name, {who})
        if allowed and route.method != "GET":
            failed_changes += _allowed_change(personas, client, who, route)
            continue
        before = _audit_rows(personas)
        response = client.generic(
            route.method, route.path, _valid_body(personas, route), content_type="application/json"
        )
        expected = 200 if allowed else 404
        assert response.status_code == expected, (
            f"{who} {route.name}: {response.status_code}, wanted {expected}"
        )
        if not allowed:
            assert response.json() == {"detail": "Not found"}
        assert _audit_rows(personas) > before, f"{who} {route.name} left no audit row"
    assert not failed_changes, "\n".join(failed_changes)


def _allowed_change(personas: Any, client: Client, who: str, route: Route) -> list[str]:
    """An allowed change is made (2xx) and audited against the child, then rolled back so that every operation
    after it finds the persona child's records as they were; each app's own tests check what the change did.
    Returns what went wrong, so that one run names every change that failed."""
    with transaction.atomic():
        body = _valid_body(personas, route)
        if route.name in _FIRST:
            replaced = _FIRST[route.name](personas, client, route)
            body = json.dumps(replaced) if replaced is not None else body
        before = _audit_rows(personas)
        response = client.generic(route.method, route.path, body, content_type="application/json")
        audited = _audit_rows(personas) > before
        transaction.set_rollback(True)
    if not 200 <= response.status_code < 300:
        return [f"{who} {route.name}: {response.status_code} {response.content[:300]!r}, wanted a 2xx"]
    return [] if audited else [f"{who} {route.name} left no audit row"]
