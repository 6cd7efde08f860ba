"""A register entry's Ofsted URN: typed on the form in any case and spacing and kept as SC and six digits, shown on
the entry's page, refused when it is not SC and six digits (form and API), and set and cleared through the API."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from care.models import CarerKind, CarerProvider
from care.tests.factories import CarerProviderFactory
from lantern.api.auth import token_issue

_VALID = {
    "reference": "CH-EX-12",
    "name": "Example Maple Children's Home",
    "kind": "childrens_home",
    "status": "active",
    "min_age": "11",
    "max_age": "17",
    "places": "4",
    "sex_limit": "any",
    "in_authority": "on",
}


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _api(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='t')}"})


def _send(client: Client, method: str, path: str, body: Any) -> Any:
    return client.generic(method, path, json.dumps(body), content_type="application/json")


@pytest.mark.django_db
def test_a_manager_records_the_urn_and_sees_it_on_the_page(personas: Any) -> None:
    response = _client(personas.mia).post("/carers/new/", {**_VALID, "ofsted_urn": " sc 912 345 "})
    carer = CarerProvider.objects.get(reference="CH-EX-12")
    assert response.status_code == 302
    assert carer.ofsted_urn == "SC912345"
    page = _client(personas.mia).get(f"/carers/{carer.pk}/").content.decode()
    assert "Ofsted URN" in page and "SC912345" in page


@pytest.mark.django_db
def test_a_urn_that_is_not_sc_and_six_digits_is_refused_on_the_form(personas: Any) -> None:
    response = _client(personas.mia).post("/carers/new/", {**_VALID, "ofsted_urn": "SC12345"})
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in page
    assert page.count("Enter the Ofsted URN as SC and six digits, like SC123456") == 2  # summary and field
    assert not CarerProvider.objects.exists()


@pytest.mark.django_db
def test_an_entry_without_a_urn_says_not_recorded(personas: Any) -> None:
    carer: Any = CarerProviderFactory(kind=CarerKind.OWN_FOSTER)
    page = _client(personas.mia).get(f"/carers/{carer.pk}/").content.decode()
    assert "Ofsted URN" in page and carer.ofsted_urn == ""


@pytest.mark.django_db
def test_the_api_sets_refuses_and_clears_the_urn(personas: Any) -> None:
    client = _api(personas.mia)
    body = {"reference": "CH-EX-13", "name": "Example Rowan Home", "kind": "childrens_home"}
    assert _send(client, "POST", "/api/v1/carers", {**body, "ofsted_urn": "SC91234"}).status_code == 400
    created = _send(client, "POST", "/api/v1/carers", {**body, "ofsted_urn": "SC912346"})
    assert created.status_code == 201 and created.json()["ofsted_urn"] == "SC912346"
    carer_id = created.json()["id"]
    assert client.get(f"/api/v1/carers/{carer_id}").json()["ofsted_urn"] == "SC912346"
    changed = _send(client, "PATCH", f"/api/v1/carers/{carer_id}", {"ofsted_urn": "SC912347"})
    assert changed.status_code == 200 and changed.json()["ofsted_urn"] == "SC912347"
    cleared = _send(client, "PATCH", f"/api/v1/carers/{carer_id}", {"ofsted_urn": None})
    assert cleared.status_code == 200 and cleared.json()["ofsted_urn"] == ""
    assert CarerProvider.objects.get(pk=carer_id).ofsted_urn == ""
