"""The education alerts read the whole authority in a fixed number of queries: as many for four children with late
records and unapproved Key Stage 4 moves as for one."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.recording import save_audited
from casework.tests.factories import AllocationFactory
from education.alerting import education_alerts
from education.models import MoveReason, SchoolMove
from education.tests.factories import make_ks4, make_school, virtual_school_teacher
from people.tests.factories import ChildFactory

DAY = datetime.date(2026, 7, 15)


def _imported_move(actor: Any, child: Any) -> None:
    move = SchoolMove(
        child=child,
        from_school=make_school(),
        reason=MoveReason.PLACEMENT_MOVE,
        left_on=datetime.date(2026, 6, 1),
        records_due_on=datetime.date(2026, 6, 22),
    )
    save_audited(actor=actor, instance=move, child_id=child.pk)


def _run() -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        wanted = list(education_alerts(DAY))
    return len(queries), len(wanted)


@pytest.mark.django_db
def test_the_same_queries_for_four_children_as_for_one(personas: Any) -> None:
    make_ks4(personas.child)
    virtual_school_teacher(personas.child)
    _imported_move(personas.wendy, personas.child)
    one_queries, one_alerts = _run()
    assert one_alerts == 4  # late records: Wendy and the virtual school; no approval: Wendy and Mia
    for n in range(3):
        child: Any = ChildFactory()
        make_ks4(child)
        AllocationFactory(child=child, worker=personas.wendy, start_date=datetime.date(2025, 1, 1))
        virtual_school_teacher(child, username=f"vs{n}")
        _imported_move(personas.wendy, child)
    four_queries, four_alerts = _run()
    assert four_alerts == 16
    assert four_queries == one_queries <= 8
