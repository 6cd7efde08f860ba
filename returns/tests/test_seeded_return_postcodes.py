"""The seeded authority's 2025-26 return passes the DfE rules on where placements are: every placement postcode is a
real one the validator finds (169, 179, 392c), its distance from home is in range (164), own provision is inside
the authority (1015), every placement type that needs an Ofsted URN has one and no other has one (218, 222, 242,
243), and every placement type is a 2025-26 code (146: neither Z1, nor the retired P2 and H5). Rule 241 is left
out: the validator applies it as "supported accommodation is in the submitting authority" (the DfE rule asks for
the authority where the provider has premises), and the seed keeps some supported accommodation out of area."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.core.management import call_command

from returns.export import export_903
from returns.validation import validate_return

WHERE_RULES = {"169", "179", "392c", "392d", "164", "1015"}
URN_RULES = {"218", "222", "242", "243"}
CODE_RULES = {"146"}


@pytest.mark.django_db
def test_the_seeded_return_has_no_failure_of_the_place_postcode_and_urn_rules(tmp_path: Path) -> None:
    call_command(
        "seed", "--children=80", "--years=4", "--seed=1", "--as-of=2026-03-31", "--no-progress", stdout=None
    )
    export_903(out=tmp_path / "r2026", end_year=2026, as_of=datetime.date(2026, 3, 31))
    report = validate_return(tmp_path / "r2026", 2026)
    assert report.rows["Episodes"] > 20
    checked = WHERE_RULES | URN_RULES | CODE_RULES
    assert checked <= set(report.passed_rules) | set(report.failed_rules)  # each ran on the return
    assert [(f.rule, f.child, f.row) for f in report.failures if f.rule in checked] == []
