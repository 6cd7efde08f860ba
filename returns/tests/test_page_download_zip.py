"""A team manager downloads the return of 2025-26 as a zip: one CSV per table of the year with the DfE headers, the
children in it, and each child audited as exported."""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Any

import pytest
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from audit.models import AuditEvent
from returns.tables import COLUMNS, tables_for
from returns.tests.factories import looked_after


@pytest.mark.django_db
def test_the_zip_holds_every_table_with_its_dfe_header() -> None:
    child = looked_after(local_id="ZIP001")
    manager: Any = UserFactory(username="mo", role=Role.TEAM_MANAGER)
    client = Client()
    client.force_login(manager)

    response = client.post("/returns/903/download/", {"year": "2026"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert 'filename="ssda903-2025-26.zip"' in response["Content-Disposition"]

    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))  # type: ignore[attr-defined]
    assert sorted(archive.namelist()) == sorted(f"{name}.csv" for name in tables_for(2026))
    for name in tables_for(2026):
        rows = list(csv.reader(io.StringIO(archive.read(f"{name}.csv").decode("utf-8"))))
        assert rows[0] == list(COLUMNS[name])
    header = list(csv.DictReader(io.StringIO(archive.read("Header.csv").decode("utf-8"))))
    assert [row["CHILD"] for row in header] == ["ZIP001"]

    exported = AuditEvent.objects.filter(action="export", actor=manager)
    assert list(exported.values_list("child_id", "reason")) == [(child.pk, "SSDA903 export 2025/26")]
