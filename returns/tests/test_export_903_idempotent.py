"""Exporting the same year twice gives the same files, byte for byte."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.core.management import call_command

from returns.tests.factories import MissingEpisodeFactory, ReviewFactory, looked_after


@pytest.mark.django_db
def test_two_exports_of_the_same_year_are_identical(tmp_path: Path) -> None:
    for n in range(3):
        child = looked_after(local_id=f"K{n}", start=datetime.date(2024, 5, 1 + n))
        ReviewFactory(child=child, held_on=datetime.date(2025, 6, 1 + n))
        MissingEpisodeFactory(child=child)
    for name in ("one", "two"):
        call_command("export_903", "--year", "2026", "--out", str(tmp_path / name), stdout=None)
    one, two = sorted((tmp_path / "one").iterdir()), sorted((tmp_path / "two").iterdir())
    assert [p.name for p in one] == [p.name for p in two]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(one, two, strict=True))
    assert (tmp_path / "one" / "OC2.csv").read_text().count("\n") == 4
