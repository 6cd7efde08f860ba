"""What the API takes in a request is what its OpenAPI document says, no more (found by test_api_schemathesis.py):
a change is a JSON object, a date is YYYY-MM-DD, a yes/no is true or false and a version is a number. Anything
else is refused with 422 naming the field, and nothing is saved. Before, pydantic's lax reading let a PATCH of
`null` answer 200 as an empty change and turned a date sent as `0` into 1 January 1970."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from care.tests.factories import CarerProviderFactory
from lantern.api.auth import token_issue


def _client(personas: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='partner')}"})


def _patch(client: Client, path: str, body: Any) -> Any:
    return client.generic("PATCH", path, json.dumps(body), content_type="application/json")


@pytest.mark.django_db
@pytest.mark.parametrize("body", [None, [], 1, "x", True])
def test_a_change_that_is_not_a_json_object_is_refused_on_every_patch(personas: Any, body: Any) -> None:
    client = _client(personas)
    child = f"/api/v1/children/{personas.child.pk}"
    records = {
        child: personas.child,
        f"{child}/people/{personas.mother.pk}": personas.mother,
        f"{child}/relationships/{personas.mother_relationship.pk}": personas.mother_relationship,
        f"{child}/allocations/{personas.allocation.pk}": personas.allocation,
    }
    for path, record in records.items():
        version = record.version
        response = _patch(client, path, body)
        assert response.status_code == 422, f"PATCH {path} with {body!r}: {response.status_code}"
        assert response.json()["errors"] == {
            "__all__": ["Value error, the request body must be a JSON object"]
        }
        record.refresh_from_db()
        assert record.version == version


@pytest.mark.django_db
def test_an_empty_object_is_still_an_empty_change(personas: Any) -> None:
    response = _patch(
        _client(personas), f"/api/v1/children/{personas.child.pk}/people/{personas.mother.pk}", {}
    )
    assert response.status_code == 200
    assert response.json()["version"] == personas.mother.version


@pytest.mark.django_db
@pytest.mark.parametrize("sent", [0, "0", 86400, "2020-01-01T00:00:00", "01/02/2020", "20200101"])
def test_a_date_not_written_as_yyyy_mm_dd_is_refused_not_read_as_unix_time(personas: Any, sent: Any) -> None:
    path = f"/api/v1/children/{personas.child.pk}/people/{personas.mother.pk}"
    response = _patch(_client(personas), path, {"date_of_birth": sent})
    assert response.status_code == 422
    assert response.json()["errors"] == {"date_of_birth": ["Value error, must be a date as YYYY-MM-DD"]}
    personas.mother.refresh_from_db()
    assert personas.mother.date_of_birth.isoformat() == "1990-03-04"


@pytest.mark.django_db
def test_a_date_as_yyyy_mm_dd_is_taken(personas: Any) -> None:
    path = f"/api/v1/children/{personas.child.pk}/people/{personas.mother.pk}"
    response = _patch(_client(personas), path, {"date_of_birth": "1990-03-05"})
    assert response.status_code == 200
    assert response.json()["date_of_birth"] == "1990-03-05"


@pytest.mark.django_db
def test_the_duties_on_a_day_take_only_a_date_as_yyyy_mm_dd(personas: Any) -> None:
    client = _client(personas)
    duties = f"/api/v1/children/{personas.child.pk}/duties"
    refused = client.get(duties, {"as_of": "0"})
    assert refused.status_code == 422
    assert refused.json()["errors"] == {"as_of": ["Value error, must be a date as YYYY-MM-DD"]}
    assert client.get(duties, {"as_of": "2025-01-01"}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("sent", [0, 1, "yes", "true"])
def test_a_yes_or_no_must_be_true_or_false(personas: Any, sent: Any) -> None:
    body = {
        "person_a_id": str(personas.mother.pk),
        "person_b_id": str(personas.child.pk),
        "kind": "carer",
        "parental_responsibility": sent,
    }
    response = _client(personas).post(
        f"/api/v1/children/{personas.child.pk}/relationships", body, content_type="application/json"
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {"parental_responsibility": ["Input should be a valid boolean"]}


@pytest.mark.django_db
@pytest.mark.parametrize("sent", ["1", True])
def test_a_version_must_be_a_number(personas: Any, sent: Any) -> None:
    path = f"/api/v1/children/{personas.child.pk}/people/{personas.mother.pk}"
    response = _patch(_client(personas), path, {"version": sent, "phone": "01"})
    assert response.status_code == 422
    assert response.json()["errors"] == {"version": ["Value error, must be a whole number"]}
    personas.mother.refresh_from_db()
    assert personas.mother.phone == ""


@pytest.mark.django_db
@pytest.mark.parametrize("body", [None, [], 1, "x", True])
def test_a_register_change_that_is_not_a_json_object_is_refused(personas: Any, body: Any) -> None:
    carer: Any = CarerProviderFactory()
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.mia, name='partner')}"})
    response = _patch(client, f"/api/v1/carers/{carer.pk}", body)
    assert response.status_code == 422
    carer.refresh_from_db()
    assert carer.version == 1
