"""`lantern duties-run [--as-of DATE] [--json]`: raise an alert for each duty that has become overdue, for the
allocated social worker and their manager, and email them; close the alerts of duties since done. Idempotent: a
second run on the same day raises nothing twice."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from alerts.models import AlertKind
from alerts.services import alerts_run


class Command(BaseCommand):
    help = (
        "Raise and close the alerts for overdue statutory duties on a day (default today), emailing new ones."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--as-of", type=date.fromisoformat, help="the day, YYYY-MM-DD (default today)")
        parser.add_argument("--json", action="store_true", help="machine-readable output")

    def handle(self, *args: Any, **options: Any) -> None:
        day = options["as_of"] or timezone.localdate()
        report = alerts_run(today=day, kinds=frozenset({AlertKind.DUTY_OVERDUE}))
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "as_of": day.isoformat(),
                        "raised": report.raised,
                        "closed": report.closed,
                        "open": report.open,
                    }
                )
            )
        else:
            self.stdout.write(
                f"Duty alerts for {day:%d %B %Y}: {report.raised} raised, {report.closed} closed, {report.open} open."
            )
