"""The schema's code lists for substance misuse, youth justice outcomes, previous permanence, decisions to place
for adoption and care leavers' birthday records are the models' own, and every new part and field is described."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import models

from bundles.validation import bundle_schema
from casework.care_leaver import Accommodation, Activity, InTouch
from casework.youth_justice import OutcomeKind
from permanence.codes import (
    Adopters,
    AdoptersLegalStatus,
    DatePrecision,
    PreviousPermanenceOption,
    ReasonDecisionCeased,
)

NEW_DEFINITIONS = (
    "substanceMisuse",
    "youthJusticeOutcome",
    "previousPermanence",
    "adoptionDecision",
    "careLeaverOutcome",
)


def _enum(definition: str, field: str) -> list[Any]:
    schema: dict[str, Any] = bundle_schema()["$defs"][definition]["properties"][field]
    return list(schema["enum"])


@pytest.mark.parametrize(
    ("definition", "field", "choices", "blank"),
    [
        ("youthJusticeOutcome", "kind", OutcomeKind, False),
        ("previousPermanence", "option", PreviousPermanenceOption, False),
        ("previousPermanence", "order_date_precision", DatePrecision, False),
        ("adoptionDecision", "ceased_reason", ReasonDecisionCeased, True),
        ("adoptionDecision", "adopters", Adopters, True),
        ("adoptionDecision", "adopters_legal_status", AdoptersLegalStatus, True),
        ("careLeaverOutcome", "in_touch", InTouch, False),
        ("careLeaverOutcome", "activity", Activity, True),
        ("careLeaverOutcome", "accommodation", Accommodation, True),
    ],
)
def test_schema_enum_matches_the_model(
    definition: str, field: str, choices: type[models.Choices], blank: bool
) -> None:
    assert _enum(definition, field) == list(choices.values) + ([""] if blank else [])


def test_every_new_part_and_field_is_described() -> None:
    schema = bundle_schema()
    for name in (
        "substance_misuse",
        "youth_justice_outcomes",
        "previous_permanence",
        "adoption_decisions",
        "care_leaver_outcomes",
    ):
        assert schema["properties"][name]["description"]
    for definition in NEW_DEFINITIONS:
        assert schema["$defs"][definition]["description"]
        for field, spec in schema["$defs"][definition]["properties"].items():
            assert spec.get("description"), f"{definition}.{field}"
