"""The network, what was shared and the escalations travel in the bundle: export, import into an empty database,
export again gives the same bytes; the imported member has no access grant (a grant is the receiving authority's
decision); the escalation's steps come back in order, through the services."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import_report
from bundles.tests.conftest import Family, wipe_records
from bundles.tests.network_history import network_history
from chronology.models import ChronologyEntry
from escalation.models import Escalation
from network.models import NetworkMember
from people.models import Child
from sharing.models import SharedInformation


@pytest.mark.django_db
def test_network_sharing_and_escalations_round_trip(family: Family) -> None:
    made = network_history(family.child)
    assert made["officer"].grant is not None
    first = bundle_dumps(bundle_export(child=Child.objects.get(pk=family.child.pk)))
    data: dict[str, Any] = json.loads(first)
    assert len(data["network_members"]) == 3 and len(data["network_meetings"]) == 1
    assert len(data["network_concerns"]) == 2 and len(data["information_shared"]) == 2
    assert [len(e["steps"]) for e in data["escalations"]] == [5, 1]
    assert "grant" not in json.dumps(data["network_members"])
    wipe_records()
    assert not NetworkMember.objects.exists() and not Escalation.objects.exists()

    report = bundle_import_report(data=json.loads(first))

    child = Child.objects.get(pk=report.child.pk)
    assert bundle_dumps(bundle_export(child=child)) == first
    assert not NetworkMember.objects.filter(grant__isnull=False).exists()
    resolved = Escalation.objects.get(pk=data["escalations"][0]["id"])
    assert (resolved.stage, resolved.status) == (3, "resolved")
    assert SharedInformation.objects.get(item="history_summary").acknowledged_by == "Pat Carer"
    steps = {s["id"] for e in data["escalations"] for s in e["steps"]}
    derived = ChronologyEntry.objects.filter(source_type="escalationstep")
    assert set(derived.values_list("source_id", flat=True)) == steps
    assert report.care_records["escalations"] == 2 and report.care_records["network_members"] == 3
