"""The unrelated worker (and the unrelated manager) get 404 on every route and API operation that names a child,
for every method, and the refusal is audited. The routes come from the URL configuration and the API schema;
test_access_matrix.py checks the same routes for every persona, including those who may use them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from lantern.api.auth import token_issue
from lantern.tests.child_routes import api_child_operations, valid_bodies, web_child_routes, with_every_record


@pytest.fixture
def personas(personas: Any) -> Any:
    return with_every_record(personas)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["uma", "max"])
def test_every_child_page_is_404_for_an_unrelated_user(personas: Any, who: str) -> None:
    client = Client()
    client.force_login(getattr(personas, who))
    routes = web_child_routes(personas)
    assert len(routes) >= 12
    for route in routes:
        for method in ("get", "post"):
            response = getattr(client, method)(route.path)
            assert response.status_code == 404, f"{method.upper()} {route.name} gave {response.status_code}"
            assert b"Robin" not in response.content and b"Fictional" not in response.content
    assert AuditEvent.objects.filter(child_id=personas.child.pk, action="refusal").count() >= len(routes)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["uma", "max"])
def test_every_child_api_operation_is_404_for_an_unrelated_user(personas: Any, who: str) -> None:
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=getattr(personas, who), name='t')}"})
    operations = api_child_operations(personas)
    assert len(operations) >= 12
    bodies = valid_bodies(personas)
    for route in operations:
        body = (
            bodies.get(route.path.rstrip("/").rsplit("/", 1)[-1], {})
            if route.method in {"POST", "PUT"}
            else {}
        )
        response = client.generic(route.method, route.path, json.dumps(body), content_type="application/json")
        assert response.status_code == 404, f"{route.name} gave {response.status_code}"
        assert response.json() == {"detail": "Not found"}
