"""A bundle whose network, sharing or escalation records break a rule is refused with the path of the broken value,
and nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import
from bundles.tests.conftest import Family, wipe_records
from bundles.tests.network_history import network_history
from bundles.validation import BundleError
from escalation.models import Escalation
from network.models import NetworkMember
from people.models import Child
from sharing.models import SharedInformation

OTHER_ID = "0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8"


def _placement(data: dict[str, Any]) -> None:
    data["information_shared"][0]["placement"] = OTHER_ID


def _member(data: dict[str, Any]) -> None:
    data["network_meetings"][0]["attendance"][1]["member"] = OTHER_ID


def _both_owners(data: dict[str, Any]) -> None:
    data["network_meetings"][0]["actions"][0]["owner_name"] = "Robin Fictional"


def _stage(data: dict[str, Any]) -> None:
    data["escalations"][0]["stage"] = 2


def _step_before(data: dict[str, Any]) -> None:
    data["escalations"][0]["steps"][2]["taken_on"] = "2024-10-01"


def _read_at(data: dict[str, Any]) -> None:
    concern = next(c for c in data["network_concerns"] if c["read_by"] is not None)
    concern["read_by"] = None


def _acknowledged(data: dict[str, Any]) -> None:
    shared = next(s for s in data["information_shared"] if s["acknowledged_on"])
    shared["acknowledged_on"] = "2020-01-01"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "path"),
    [
        (_placement, "$.information_shared[0].placement"),
        (_member, "$.network_meetings[0].attendance[1].member"),
        (_both_owners, "$.network_meetings[0].actions[0].owner_name"),
        (_stage, "$.escalations[0].stage"),
        (_step_before, "$.escalations[0].steps[2].taken_on"),
        (_read_at, "$.network_concerns[0].read_at"),
        (_acknowledged, "$.information_shared[1].acknowledged_on"),
    ],
)
def test_a_broken_record_is_refused_at_its_path(
    family: Family, change: Callable[[dict[str, Any]], None], path: str
) -> None:
    network_history(family.child)
    data = json.loads(bundle_dumps(bundle_export(child=Child.objects.get(pk=family.child.pk))))
    wipe_records()
    change(data)

    with pytest.raises(BundleError) as refused:
        bundle_import(data=data)

    assert path in [p for p, _ in refused.value.errors], refused.value.errors
    assert not Child.objects.exists()
    assert not NetworkMember.objects.exists() and not SharedInformation.objects.exists()
    assert not Escalation.objects.exists()
