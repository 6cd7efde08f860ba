"""OC2 lists the children looked after for 12 months at 31 March with their health checks from the record; a review
of a child under 4 is PN0 whatever was recorded; what happens after --as-of is left out."""

from __future__ import annotations

import datetime

import pytest

from returns.tables import build_return
from returns.tests.factories import HealthCheckFactory, ReviewFactory, looked_after


@pytest.mark.django_db
def test_oc2_reads_health_assessments_dental_checks_and_the_sdq() -> None:
    child = looked_after(
        local_id="H1", start=datetime.date(2024, 6, 1), person__date_of_birth=datetime.date(2014, 1, 1)
    )
    HealthCheckFactory(child=child, kind="review", done_on=datetime.date(2025, 8, 1))
    HealthCheckFactory(child=child, kind="dental", done_on=datetime.date(2024, 8, 1))  # before the year
    HealthCheckFactory(child=child, kind="sdq", done_on=datetime.date(2025, 9, 1), sdq_score=14)
    looked_after(local_id="H2", start=datetime.date(2025, 6, 1))  # not yet 12 months
    rows = build_return(2026).rows["OC2"]
    assert [
        (r["CHILD"], r["HEALTH_ASSESSMENT"], r["TEETH_CHECK"], r["SDQ_SCORE"], r["HEALTH_CHECK"])
        for r in rows
    ] == [("H1", "1", "0", "14", "")]


@pytest.mark.django_db
def test_a_review_of_a_child_under_4_is_pn0() -> None:
    child = looked_after(local_id="B1", person__date_of_birth=datetime.date(2023, 1, 1))
    ReviewFactory(child=child, held_on=datetime.date(2025, 6, 1), participation="PN7")
    assert [r["REVIEW_CODE"] for r in build_return(2026).rows["Reviews"]] == ["PN0"]


@pytest.mark.django_db
def test_as_of_leaves_later_events_out_and_the_episode_open() -> None:
    looked_after(local_id="A1", end=datetime.date(2025, 12, 1), end_reason="E4A")
    early = build_return(2026, as_of=datetime.date(2025, 10, 1))
    assert [(r["DEC"], r["REC"]) for r in early.rows["Episodes"]] == [("", "")]
    assert build_return(2026, as_of=datetime.date(2025, 3, 1)).children == []
