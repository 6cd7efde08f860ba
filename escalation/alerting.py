"""The escalation alerts: an escalation raised (to the other side) and a stage past its time limit (to both)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from alerts.models import AlertKind
from alerts.raising import Wanted

ESCALATION_KINDS = frozenset({AlertKind.ESCALATION_RAISED, AlertKind.ESCALATION_STAGE_OVERDUE})


def escalation_alerts(today: date) -> Iterator[Wanted]:
    yield from ()
