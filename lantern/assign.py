from __future__ import annotations

from typing import Any

from django.db import models


def assign_fields(instance: models.Model, data: dict[str, Any], names: tuple[str, ...]) -> None:
    """Copy the named fields present in data onto the record. A None for a text field means "clear it": Django
    keeps empty text as "" (never NULL), so None becomes "" rather than failing at the database."""
    for name in names:
        if name not in data:
            continue
        value = data[name]
        field = instance._meta.get_field(name)
        if value is None and isinstance(field, models.CharField | models.TextField) and not field.null:
            value = ""
        setattr(instance, name, value)
