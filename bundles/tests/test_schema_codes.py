"""The schema's code lists are the model's: a code added to people/codes.py or a model must be added there too."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import models

from accounts.roles import Role
from bundles.validation import bundle_schema
from casework.models import AllocationRole, WorkerChangeReason
from people.codes import Ethnicity, LegalStatus, NameKind, Sex, UpnUnknown
from people.models import RelationshipType


def _enum(definition: str, field: str) -> list[str]:
    schema: dict[str, Any] = bundle_schema()["$defs"][definition]["properties"][field]
    return [code for code in schema["enum"] if code != ""]


@pytest.mark.parametrize(
    ("definition", "field", "choices"),
    [
        ("person", "sex", Sex),
        ("person", "ethnicity", Ethnicity),
        ("otherName", "kind", NameKind),
        ("child", "legal_status", LegalStatus),
        ("child", "upn_unknown", UpnUnknown),
        ("relationship", "kind", RelationshipType),
        ("allocation", "role", AllocationRole),
        ("allocation", "end_reason", WorkerChangeReason),
        ("worker", "role", Role),
    ],
)
def test_schema_enum_matches_the_code_list(
    definition: str, field: str, choices: type[models.TextChoices]
) -> None:
    assert _enum(definition, field) == [str(value) for value in choices.values]
