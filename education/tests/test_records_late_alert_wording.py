"""The late-records alert says which of the two it is: records the old school has not sent are late (the old school
acts), records sent whose receipt the new school has not confirmed are said to be awaiting that confirmation (the
new school acts). The alert is reworded when the records are sent."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import override_settings

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from education.services import school_move_records_sent
from education.tests.factories import record_move

LEFT = datetime.date(2026, 6, 1)
AFTER = datetime.date(2026, 7, 1)  # records due by 22 Jun 2026 (no holidays)

pytestmark = pytest.mark.usefixtures("fixed_today")


def _alert(personas: Any) -> Alert:
    alerts_run(today=AFTER, kinds=frozenset({AlertKind.SCHOOL_RECORDS_LATE}))
    return Alert.objects.get(
        kind=AlertKind.SCHOOL_RECORDS_LATE, recipient=personas.wendy, closed_on__isnull=True
    )


@pytest.mark.django_db
@override_settings(LANTERN_SCHOOL_HOLIDAYS=[])
def test_not_sent_and_sent_but_not_confirmed_read_differently(personas: Any) -> None:
    move = record_move(personas.wendy, personas.child, left_on=LEFT)
    not_sent = _alert(personas)
    assert not_sent.title == (
        "Robin Fictional: the school records for the move of 1 Jun 2026 were due by 22 Jun 2026 and have not been "
        "sent (late by 7 school days)"
    )
    assert not_sent.action_by.startswith("The old school")
    school_move_records_sent(actor=personas.wendy, move=move, on=datetime.date(2026, 6, 30))
    sent = _alert(personas)
    assert sent.pk == not_sent.pk  # the same alert, reworded
    assert sent.title == (
        "Robin Fictional: the school records for the move of 1 Jun 2026 were sent on 30 Jun 2026, but the new "
        "school has not confirmed receiving them (due by 22 Jun 2026, now late by 7 school days)"
    )
    assert "late" not in sent.title.split("(")[0]
