"""The access matrix: every route and API operation that names a child, for every persona, against the declared
need of the route (lantern/tests/child_routes.py). A persona gets the page when the access rule lets them see the
child and their role allows what the route needs, and 404 otherwise; either way the request leaves an audit row
(a view or a refusal)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from access.guards import Need
from audit.models import AuditEvent
from lantern.api.auth import token_issue
from lantern.tests.child_routes import (
    API_NEEDS,
    WEB_NEEDS,
    Route,
    api_child_operations,
    valid_bodies,
    web_child_routes,
    with_every_record,
)

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
}


def _audit_rows(personas: Any) -> int:
    return AuditEvent.objects.filter(child_id=personas.child.pk).count()


def _valid_body(personas: Any, route: Route) -> str:
    """A well-formed request, so that a 404 cannot be a validation error in disguise."""
    last = route.path.rstrip("/").rsplit("/", 1)[-1]
    bodies = valid_bodies(personas)
    return json.dumps(bodies.get(last, {}) if route.method in {"POST", "PUT"} else {})


@pytest.fixture
def personas(personas: Any) -> Any:
    return with_every_record(personas)


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
    for route in operations:
        allowed = route.need in ALLOWED[who]
        if allowed and route.method != "GET":
            continue  # allowed changes are exercised, with their effects checked, by each app's own tests
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
