"""The schema's code lists for the register entry, education and matching parts are the models' own, and every new
part and field is described."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import models

from bundles.validation import bundle_schema
from care.models import CarerKind
from education.models import ApproverLevel, ExclusionKind, MoveReason, Phase
from matching.models import Outcome


def _enum(definition: str, field: str) -> list[Any]:
    schema: dict[str, Any] = bundle_schema()["$defs"][definition]["properties"][field]
    return list(schema["enum"])


@pytest.mark.parametrize(
    ("definition", "field", "choices", "blank"),
    [
        ("registerEntry", "kind", CarerKind, False),
        ("school", "phase", Phase, False),
        ("exclusion", "kind", ExclusionKind, False),
        ("schoolMove", "reason", MoveReason, False),
        ("schoolMove", "ks4_approver_level", ApproverLevel, True),
        ("placementMatch", "outcome", Outcome, False),
    ],
)
def test_schema_enum_matches_the_model(
    definition: str, field: str, choices: type[models.Choices], blank: bool
) -> None:
    assert _enum(definition, field) == list(choices.values) + ([""] if blank else [])


def test_every_new_part_and_field_is_described() -> None:
    schema = bundle_schema()
    for name in ("schools", "enrolments", "attendance", "exclusions", "school_moves", "placement_matches"):
        assert schema["properties"][name]["description"]
    definitions = (
        "registerEntry", "school", "enrolment", "attendanceRecord", "exclusion", "schoolMove", "placementMatch",
    )  # fmt: skip
    for definition in definitions:
        for field, spec in schema["$defs"][definition]["properties"].items():
            assert spec.get("description"), f"{definition}.{field}"
    assert schema["$defs"]["placement"]["properties"]["carer_record"]["description"]
