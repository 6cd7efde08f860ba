"""The network's alerts: a network meeting proposed, a meeting's action overdue, a concern raised by a partner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from alerts.models import AlertKind
from alerts.raising import Wanted

NETWORK_KINDS = frozenset(
    {AlertKind.NETWORK_MEETING_PROPOSED, AlertKind.NETWORK_ACTION_OVERDUE, AlertKind.CONCERN_RAISED}
)


def network_alerts(today: date) -> Iterator[Wanted]:
    yield from ()
