"""The schema's code lists for the network, sharing and escalation parts are the models' own."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import models

from bundles.validation import bundle_schema
from escalation.models import Stage, Status, StepKind
from network.models import AgencyKind, Attendance
from sharing.models import Item, Method


def _enum(definition: str, field: str) -> list[Any]:
    schema: dict[str, Any] = bundle_schema()["$defs"][definition]["properties"][field]
    return list(schema["enum"])


@pytest.mark.parametrize(
    ("definition", "field", "choices"),
    [
        ("networkMember", "agency_kind", AgencyKind),
        ("meetingAttendance", "attendance", Attendance),
        ("sharedInformation", "item", Item),
        ("sharedInformation", "method", Method),
        ("sharedInformation", "recipient_kind", AgencyKind),
        ("escalation", "stage", Stage),
        ("escalation", "status", Status),
        ("escalationStep", "kind", StepKind),
        ("escalationStep", "stage", Stage),
    ],
)
def test_schema_enum_matches_the_model(definition: str, field: str, choices: type[models.Choices]) -> None:
    assert _enum(definition, field) == list(choices.values)


def test_every_new_property_is_described() -> None:
    schema = bundle_schema()
    for name in (
        "network_members",
        "network_meetings",
        "network_concerns",
        "information_shared",
        "escalations",
    ):
        assert schema["properties"][name]["description"]
    for definition in (
        "networkMember", "meetingAttendance", "meetingAction", "networkMeeting", "networkConcern",
        "sharedInformation", "escalation", "escalationStep",
    ):  # fmt: skip
        for field, spec in schema["$defs"][definition]["properties"].items():
            assert spec.get("description"), f"{definition}.{field}"
