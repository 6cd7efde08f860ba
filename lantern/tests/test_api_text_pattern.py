"""The OpenAPI document states the rule the API applies to every text it takes: no control character but tab, line
feed and carriage return (found by test_api_schemathesis.py: the document allowed text the API answered 422 to,
so a partner system validating against the document could not know why its request failed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client

from lantern.api import api
from lantern.api.auth import token_issue
from lantern.api.schemas import PRINTABLE_PATTERN, _printable


def _refused(text: str) -> bool:
    try:
        _printable(text)
    except ValueError:
        return False
    return True


def test_the_documented_pattern_refuses_exactly_what_the_api_refuses() -> None:
    # Python's re reads the pattern's \\uXXXX escapes as ECMA-262 (JSON Schema's dialect) does.
    for code in [*range(0x300), 0x2028, 0xFEFF, 0x1F600]:
        text = f"a{chr(code)}b"
        assert bool(re.fullmatch(PRINTABLE_PATTERN, text)) == _refused(text), hex(code)


def _text_fields(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every free-text field a request takes: query parameters and request-body properties of type string,
    without a format or a list of allowed values."""
    components = schema["components"]["schemas"]
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                yield f"{method.upper()} {path} ?{parameter['name']}", parameter["schema"]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = body.get("schema", {}).get("$ref", "")
            if ref:
                for name, prop in components[ref.rsplit("/", 1)[-1]]["properties"].items():
                    yield f"{method.upper()} {path} {name}", prop


def _strings(field: dict[str, Any]) -> list[dict[str, Any]]:
    options = field.get("anyOf", [field])
    return [o for o in options if o.get("type") == "string" and "format" not in o and "enum" not in o]


def test_every_free_text_field_in_the_document_states_the_rule() -> None:
    schema = api.get_openapi_schema()
    fields = [(name, s) for name, field in _text_fields(schema) for s in _strings(field)]
    assert len(fields) >= 30  # names, addresses, descriptions, the search text...
    missing = [name for name, s in fields if s.get("pattern") != PRINTABLE_PATTERN]
    assert missing == []


@pytest.mark.django_db
def test_a_name_with_a_control_character_is_refused_naming_the_field(personas: Any) -> None:
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='partner')}"})
    response = client.patch(
        f"/api/v1/children/{personas.child.pk}/people/{personas.mother.pk}",
        {"forename": "Jo\x07"},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {"forename": ["Value error, must not contain control characters"]}
    assert re.fullmatch(PRINTABLE_PATTERN, "Jo\x07") is None
