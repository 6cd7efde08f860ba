"""Turning a model ValidationError into (JSON path, reason) pairs for the record that failed."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from bundles.validation import Problem


def model_errors(
    error: ValidationError, *, path: str, record: dict[str, Any], fields: dict[str, str] | None = None
) -> list[Problem]:
    """Name each failed model field by the path of its bundle field (`fields` maps model to bundle names)."""
    if not hasattr(error, "error_dict"):
        return [(path, message) for message in error.messages]
    problems: list[Problem] = []
    for field, messages in error.message_dict.items():
        if field == NON_FIELD_ERRORS:
            problems += [(path, message) for message in messages]
            continue
        key = (fields or {}).get(field, field)
        value = record.get(key)
        shown = isinstance(value, str | int | float) and value != ""
        for message in messages:
            problems.append((f"{path}.{key}", f"{value!r} is not valid: {message}" if shown else message))
    return problems
