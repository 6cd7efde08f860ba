"""Each newly raised alert is emailed to its recipient: a short message that names no child, with the address of
the inbox, because email leaves the system (the alert itself waits behind the sign-in and the access rule)."""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.mail import get_connection, send_mass_mail

from alerts.models import Alert


def email_alerts(alert_ids: Iterable[Any]) -> int:
    by_recipient: dict[str, list[Alert]] = defaultdict(list)
    for alert in Alert.objects.filter(pk__in=list(alert_ids)).select_related("recipient"):
        if alert.recipient.email:
            by_recipient[alert.recipient.email].append(alert)
    base = getattr(settings, "LANTERN_BASE_URL", "http://127.0.0.1:8000")
    messages = []
    for address, alerts in by_recipient.items():
        kinds = sorted({a.get_kind_display().lower() for a in alerts})
        body = (
            f"Lantern has {len(alerts)} new alert{'s' if len(alerts) != 1 else ''} for you ({', '.join(kinds)}).\n\n"
            f"Sign in to read and act on them: {base}/alerts/\n"
        )
        messages.append(
            (f"Lantern: {len(alerts)} new alert(s)", body, settings.DEFAULT_FROM_EMAIL, [address])
        )
    if not messages:
        return 0
    # The console backend (the demo's) prints to stderr, so that `lantern alerts --json` keeps stdout for the JSON;
    # other backends ignore the stream.
    connection = get_connection(stream=sys.stderr)
    return send_mass_mail(tuple(messages), fail_silently=False, connection=connection)
