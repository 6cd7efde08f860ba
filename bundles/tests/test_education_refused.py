"""A bundle whose education records break a rule is refused with the path of the broken value and its reason, and
nothing is written (no child, no education record, no school)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from bundles.importer import bundle_import
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported, wipe_all
from bundles.validation import BundleError
from education.models import Attendance, Enrolment, Exclusion, School, SchoolMove
from people.models import Child

UNKNOWN = "0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8"


def _unknown_school(data: dict[str, Any]) -> None:
    data["enrolments"][0]["school"] = "990999"


def _attended_more(data: dict[str, Any]) -> None:
    data["attendance"][0]["sessions_attended"] = 50


def _long_suspension(data: dict[str, Any]) -> None:
    data["exclusions"][1]["days"] = 50


def _joined_before_leaving(data: dict[str, Any]) -> None:
    data["school_moves"][0]["joined_on"] = "2025-10-01"


def _unknown_placement(data: dict[str, Any]) -> None:
    data["school_moves"][0]["placement"] = UNKNOWN


def _same_urn(data: dict[str, Any]) -> None:
    data["schools"][1]["urn"] = data["schools"][0]["urn"]


def _letters_in_urn(data: dict[str, Any]) -> None:
    data["schools"][0]["urn"] = "99A801"


def _before_birth(data: dict[str, Any]) -> None:
    data["enrolments"][0]["start_date"] = "2010-09-01"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "path", "reason"),
    [
        (_unknown_school, "$.enrolments[0].school", "names no school in schools"),
        (_attended_more, "$.attendance[0].sessions_attended", "cannot be more than sessions possible"),
        (_long_suspension, "$.exclusions[1].days", "more than 45 days"),
        (_joined_before_leaving, "$.school_moves[0].joined_on", "cannot join before leaving"),
        (_unknown_placement, "$.school_moves[0].placement", "names no placement in placements"),
        (_same_urn, "$.schools[1].urn", "the same URN as $.schools[0]"),
        (_letters_in_urn, "$.schools[0].urn", "DfE unique reference number"),
        (_before_birth, "$.enrolments[0].start_date", "before the child's date of birth"),
    ],
)
def test_a_broken_education_record_is_refused_at_its_path(
    family: Family, change: Callable[[dict[str, Any]], None], path: str, reason: str
) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    wipe_all(register=False)
    change(data)

    with pytest.raises(BundleError) as refused:
        bundle_import(data=data)

    problems = dict(refused.value.errors)
    assert path in problems, refused.value.errors
    assert reason in problems[path]
    assert not Child.objects.exists() and not School.objects.exists()
    for model in (Enrolment, Attendance, Exclusion, SchoolMove):
        assert not model._default_manager.exists()
