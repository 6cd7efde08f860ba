"""The export is audited like other exports: one EXPORT row for each child in the return, and only children looked
after during the collection year are in it."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pytest
from django.core.management import call_command

from audit.models import AuditEvent
from returns.tests.factories import looked_after


@pytest.mark.django_db
def test_one_export_row_per_child_looked_after_in_the_year(tmp_path: Path) -> None:
    in_year = looked_after(local_id="IN1")
    left_in_year = looked_after(
        local_id="IN2", start=datetime.date(2024, 1, 1), end=datetime.date(2025, 4, 1), end_reason="E4A"
    )
    looked_after(
        local_id="OUT1", start=datetime.date(2023, 1, 1), end=datetime.date(2025, 3, 31), end_reason="E8"
    )
    looked_after(local_id="OUT2", start=datetime.date(2026, 4, 1))
    call_command("export_903", "--year", "2026", "--out", str(tmp_path / "r"), stdout=None)

    with (tmp_path / "r" / "Header.csv").open(encoding="utf-8", newline="") as handle:
        assert [row["CHILD"] for row in csv.DictReader(handle)] == ["IN1", "IN2"]
    rows = AuditEvent.objects.filter(action="export")
    assert set(rows.values_list("child_id", flat=True)) == {in_year.pk, left_in_year.pk}
    assert rows.count() == 2
    assert set(rows.values_list("object_type", "reason")) == {("child", "SSDA903 export 2025/26")}
