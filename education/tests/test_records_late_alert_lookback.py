"""The late-records alert chases the moves whose records fell due within the lookback (365 days unless
LANTERN_SCHOOL_RECORDS_LOOKBACK_DAYS says otherwise), not every move since records began."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import override_settings

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from education.tests.factories import record_move

pytestmark = pytest.mark.usefixtures("fixed_today")


def _late_moves(today: datetime.date) -> set[str]:
    alerts_run(today=today, kinds=frozenset({AlertKind.SCHOOL_RECORDS_LATE}))
    keys = Alert.objects.filter(kind=AlertKind.SCHOOL_RECORDS_LATE, closed_on__isnull=True).values_list(
        "key", flat=True
    )
    return {key.split(":")[1] for key in keys}


@pytest.mark.django_db
@override_settings(LANTERN_SCHOOL_HOLIDAYS=[])
def test_only_moves_due_within_the_lookback_are_chased(personas: Any, fixed_today: datetime.date) -> None:
    ancient = record_move(
        personas.wendy, personas.child, left_on=datetime.date(2024, 9, 2)
    )  # due 23 Sep 2024
    recent = record_move(personas.wendy, personas.child, left_on=datetime.date(2026, 6, 1))  # due 22 Jun 2026
    assert _late_moves(fixed_today) == {str(recent.pk)}
    with override_settings(LANTERN_SCHOOL_RECORDS_LOOKBACK_DAYS=1000):
        assert _late_moves(fixed_today) == {str(recent.pk), str(ancient.pk)}
    with override_settings(LANTERN_SCHOOL_RECORDS_LOOKBACK_DAYS=100):
        assert _late_moves(fixed_today) == set()  # 22 Jun 2026 is 147 days before 16 Nov 2026
