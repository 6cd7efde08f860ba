"""An exported bundle is valid against the schema file in the repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from bundles.export import bundle_dumps, bundle_export
from bundles.tests.conftest import Family

SCHEMA = Path(__file__).resolve().parents[1] / "schema" / "case-bundle.schema.json"


@pytest.mark.django_db
def test_exported_bundle_validates_against_the_schema(family: Family) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    document = json.loads(bundle_dumps(bundle_export(child=family.child)))

    assert [error.message for error in validator.iter_errors(document)] == []
