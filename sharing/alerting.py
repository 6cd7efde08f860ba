"""The information sharing alerts: carers not given or not acknowledging what a new placement needs, and a host
authority not notified of an out-of-area placement."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from alerts.models import AlertKind
from alerts.raising import Wanted

SHARING_KINDS = frozenset({AlertKind.SHARING_INCOMPLETE, AlertKind.HOST_NOT_NOTIFIED})


def sharing_alerts(today: date) -> Iterator[Wanted]:
    yield from ()
