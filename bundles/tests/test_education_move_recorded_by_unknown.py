"""A school move the bundle names no one as having recorded is kept so (school_move_record names the importer), and
the change is in the audit log and the record's history: no unaudited write."""

from __future__ import annotations

import json
from typing import Any

import pytest

from accounts.tests.factories import UserFactory
from audit.models import AuditEvent
from bundles.importer import bundle_import
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported, wipe_all
from education.models import SchoolMove


@pytest.mark.django_db
def test_a_move_recorded_by_no_one_is_kept_so_and_audited(family: Family) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    move = data["school_moves"][0]
    move["recorded_by"] = None
    wipe_all(register=False)
    importer: Any = UserFactory(username="importer")

    bundle_import(data=data, actor=importer)

    saved = SchoolMove.objects.get(pk=move["id"])
    assert saved.recorded_by is None
    assert saved.history.order_by("-history_date", "-history_id").first().recorded_by_id is None
    rows = AuditEvent.objects.filter(object_type="schoolmove", object_id=saved.pk).order_by("pk")
    assert [row.action for row in rows] == ["create", "update"]
    last = rows.last()
    assert last is not None and last.diff == {"recorded_by_id": [importer.pk, None]}
    assert "who recorded the move is not known" in last.reason
    assert last.actor_id == importer.pk
