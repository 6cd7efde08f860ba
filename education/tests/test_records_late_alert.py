"""A school move chases the transfer of the child's records: due 15 school days after the child left; once past
that day and not received, an alert goes to the allocated social worker and to the virtual school (a granted
member of the child's network), and it closes when the records are received."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import override_settings

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from education.services import school_move_records_received, school_move_records_sent
from education.tests.factories import record_move, virtual_school_teacher

LEFT = datetime.date(2026, 6, 1)  # a Monday
DUE = datetime.date(2026, 6, 29)  # 15 school days later, with the half-term week 8-12 June a holiday
AFTER = datetime.date(2026, 7, 1)
HALF_TERM = [["2026-06-08", "2026-06-12"]]


def _late(today: datetime.date) -> set[int]:
    alerts_run(today=today, kinds=frozenset({AlertKind.SCHOOL_RECORDS_LATE}))
    return set(
        Alert.objects.filter(kind=AlertKind.SCHOOL_RECORDS_LATE, closed_on__isnull=True).values_list(
            "recipient_id", flat=True
        )
    )


@pytest.mark.django_db
@override_settings(LANTERN_SCHOOL_HOLIDAYS=HALF_TERM)
def test_the_records_are_due_15_school_days_after_the_child_left(personas: Any) -> None:
    move = record_move(personas.wendy, personas.child, left_on=LEFT)
    assert move.records_due_on == DUE


@pytest.mark.django_db
@override_settings(LANTERN_SCHOOL_HOLIDAYS=HALF_TERM)
def test_late_records_alert_the_worker_and_the_virtual_school_until_received(personas: Any) -> None:
    vera = virtual_school_teacher(personas.child)
    virtual_school_teacher(personas.child, username="vic", granted=False)  # no grant: not told
    move = record_move(personas.wendy, personas.child, left_on=LEFT)
    assert _late(DUE) == set()
    assert _late(AFTER) == {personas.wendy.pk, vera.pk}
    alert = Alert.objects.get(kind=AlertKind.SCHOOL_RECORDS_LATE, recipient=vera)
    assert alert.title.startswith(
        "Robin Fictional: the school records for the move of 1 Jun 2026 were due by 29 Jun"
    )
    assert "late by 2 school days" in alert.title
    assert alert.link == f"/children/{personas.child.pk}/education/#move-{move.pk}"
    school_move_records_sent(actor=vera, move=move, on=datetime.date(2026, 6, 30))
    assert _late(AFTER) == {personas.wendy.pk, vera.pk}  # sent is not received
    school_move_records_received(actor=vera, move=move, on=datetime.date(2026, 7, 1))
    assert _late(datetime.date(2026, 7, 2)) == set()
