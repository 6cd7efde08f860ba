"""A placement is current on its last day (care.Placement.is_current_on: end_date >= the day), for the alerts as for
the pages: still chased on the day it ends, not the day after."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from alerts.models import Alert
from alerts.services import alerts_run
from care.services import care_record_save
from sharing.alerting import SHARING_KINDS
from sharing.tests.factories import placement

START = datetime.date(2026, 3, 2)
LAST_DAY = datetime.date(2026, 3, 16)


@pytest.mark.django_db
def test_chased_on_its_last_day_and_not_after(personas: Any) -> None:
    new = placement(personas, start=START)
    new.end_date = LAST_DAY
    new.change_reason = "CARPL"
    care_record_save(actor=personas.wendy, record=new)
    assert new.is_current_on(LAST_DAY)
    alerts_run(today=LAST_DAY, kinds=SHARING_KINDS)
    assert Alert.objects.filter(kind__in=SHARING_KINDS, closed_on__isnull=True).count() == 2
    alerts_run(today=LAST_DAY + datetime.timedelta(days=1), kinds=SHARING_KINDS)
    assert Alert.objects.filter(kind__in=SHARING_KINDS, closed_on__isnull=True).count() == 0
