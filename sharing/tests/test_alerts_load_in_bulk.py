"""The sharing alerts read the whole authority in a few queries: as many for four children as for one."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sharing.alerting import sharing_alerts
from sharing.tests.factories import another_child_placed

DAY = datetime.date(2026, 3, 20)


def _run() -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        wanted = list(sharing_alerts(DAY))
    return len(queries), len(wanted)


@pytest.mark.django_db
def test_the_same_queries_for_four_children_as_for_one(personas: Any) -> None:
    one_queries, one_alerts = _run()
    assert one_alerts == 2  # the persona child's placement: to Wendy and to Mia
    for name in ("Ash", "Bel", "Cai"):
        another_child_placed(worker=personas.wendy, start=datetime.date(2026, 3, 2), forename=name)
    four_queries, four_alerts = _run()
    assert four_alerts == 8
    assert four_queries == one_queries <= 8
