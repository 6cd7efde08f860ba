"""Checking a case bundle against its JSON Schema, every error named by the JSON path of the offending field."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

SCHEMA_FILE = Path(__file__).resolve().parent / "schema" / "case-bundle.schema.json"
FORMAT = "lantern-case-bundle"
VERSION = 1

PathPart = str | int
Problem = tuple[str, str]


class BundleError(Exception):
    """A bundle that was refused as a whole. `errors` lists (JSON path, reason), sorted by path."""

    def __init__(self, errors: Sequence[Problem]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(f"{path}: {message}" for path, message in self.errors))


@functools.cache
def bundle_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


@functools.cache
def _validator() -> Draft202012Validator:
    schema = bundle_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def json_path(parts: Iterable[PathPart]) -> str:
    """("people", 2, "nhs_number") -> "$.people[2].nhs_number"."""
    text = "$"
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.isidentifier():
            text += f".{part}"
        else:
            text += f"[{json.dumps(part, ensure_ascii=False)}]"
    return text


def _explain(error: SchemaError) -> list[tuple[tuple[PathPart, ...], str]]:
    """One or more (path, reason) for a schema error, pointing at the field itself where that helps."""
    at = tuple(error.absolute_path)
    instance = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "required" and isinstance(instance, dict):
        required: list[str] = list(schema.get("required", []))
        return [((*at, name), "is required but missing") for name in required if name not in instance]
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        known = schema.get("properties", {})
        return [((*at, name), "is not a field of this format") for name in instance if name not in known]
    if error.validator == "const" and at == ("version",):
        return [(at, f"this Lantern reads version {VERSION} bundles, not {instance!r}")]
    if error.validator in ("pattern", "format") and schema.get("description"):
        return [(at, f"{instance!r} is not valid: {schema['description']}")]
    return [(at, error.message)]


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Distinct problems in path order, $.people[2] before $.people[10]."""

    def key(problem: Problem) -> tuple[str, str]:
        return re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)):09d}]", problem[0]), problem[1]

    return sorted(set(problems), key=key)


def schema_errors(data: Any) -> list[Problem]:
    """Every way `data` breaks the schema, sorted by path; empty when it is a valid bundle."""
    return sort_problems(
        (json_path(parts), message)
        for error in _validator().iter_errors(data)
        for parts, message in _explain(error)
    )
