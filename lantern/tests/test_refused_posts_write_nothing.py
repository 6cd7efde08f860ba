"""A persona who may not use a route, posting to it anyway (a page form or an API change, with a well-formed body),
gets 404 and nothing is written: every table holds the rows it held, less the audit row of the refusal. Every
persona of the access matrix (lantern/tests/test_access_matrix.py), against every route its role does not allow."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from lantern.api.auth import token_issue
from lantern.tests.child_routes import api_child_operations, valid_bodies, web_child_routes, with_every_record
from lantern.tests.personas import add_matrix_personas
from lantern.tests.row_counts import row_counts
from lantern.tests.test_access_matrix import ALLOWED

_AUDIT = ("audit.AuditEvent",)


@pytest.fixture
def personas(personas: Any) -> Any:
    return with_every_record(add_matrix_personas(personas))


def _body(bodies: dict[str, dict[str, Any]], path: str) -> dict[str, Any]:
    return bodies.get(path.rstrip("/").rsplit("/", 1)[-1], {})


def _refusals(personas: Any) -> int:
    return AuditEvent.objects.filter(child_id=personas.child.pk, action="refusal").count()


@pytest.mark.django_db
@pytest.mark.parametrize("who", sorted(ALLOWED))
def test_a_page_post_the_role_may_not_make_is_404_and_writes_nothing(personas: Any, who: str) -> None:
    client = Client()
    client.force_login(getattr(personas, who))
    bodies = valid_bodies(personas)
    refused = [r for r in web_child_routes(personas) if r.need not in ALLOWED[who]]
    if who not in ("wendy", "mia"):
        assert refused, f"{who} may use every page"
    for route in refused:
        before, refusals = row_counts(leave_out=_AUDIT), _refusals(personas)
        response = client.post(route.path, _body(bodies, route.path))
        assert response.status_code == 404, f"{who} POST {route.name}: {response.status_code}, wanted 404"
        assert b"Robin" not in response.content and b"900001" not in response.content
        assert row_counts(leave_out=_AUDIT) == before, f"{who} POST {route.name} wrote something"
        assert _refusals(personas) == refusals + 1, f"{who} POST {route.name}: the refusal is not audited"


@pytest.mark.django_db
@pytest.mark.parametrize("who", sorted(ALLOWED))
def test_an_api_change_the_role_may_not_make_is_404_and_writes_nothing(personas: Any, who: str) -> None:
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=getattr(personas, who), name='t')}"})
    bodies = valid_bodies(personas)
    refused = [r for r in api_child_operations(personas) if r.method != "GET" and r.need not in ALLOWED[who]]
    if who not in ("wendy", "mia"):
        assert refused, f"{who} may make every change"
    for route in refused:
        body = json.dumps(_body(bodies, route.path) if route.method in {"POST", "PUT"} else {})
        before, refusals = row_counts(leave_out=_AUDIT), _refusals(personas)
        response = client.generic(route.method, route.path, body, content_type="application/json")
        assert response.status_code == 404, f"{who} {route.name}: {response.status_code}, wanted 404"
        assert response.json() == {"detail": "Not found"}
        assert row_counts(leave_out=_AUDIT) == before, f"{who} {route.name} wrote something"
        assert _refusals(personas) == refusals + 1, f"{who} {route.name}: the refusal is not audited"
