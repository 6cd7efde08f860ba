"""`lantern duties-run [--as-of DATE] [--json]`: raise an alert for each duty that has become overdue, for the
allocated social worker and their manager, and email them; close the alerts of duties since done. Idempotent: a
second run on the same day raises nothing twice. `lantern alerts` narrowed to the duty alerts."""

from __future__ import annotations

from alerts.management.commands.alerts import Command as AlertsCommand
from alerts.models import AlertKind


class Command(AlertsCommand):
    help = (
        "Raise and close the alerts for overdue statutory duties on a day (default today), emailing new ones."
    )
    kinds = frozenset({AlertKind.DUTY_OVERDUE})
    label = "Duty alerts"
    replays_past = False  # the nightly run, which may be run again for a day missed
