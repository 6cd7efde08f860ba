"""`lantern alerts [--as-of YYYY-MM-DD] [--json]`: raise the alerts the record calls for on a day and close those
it no longer does. Idempotent: a second run on the same day changes nothing."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from alerts.services import alerts_run


class Command(BaseCommand):
    help = "Raise and close alerts for a day (default today)."
    kinds: frozenset[str] | None = None  # every kind of alert; `lantern duties-run` narrows it
    label = "Alerts"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--as-of", type=date.fromisoformat, help="the day, YYYY-MM-DD (default today)")
        parser.add_argument("--json", action="store_true", help="machine-readable output")

    def handle(self, *args: Any, **options: Any) -> None:
        day = options["as_of"] or timezone.localdate()
        report = alerts_run(today=day, kinds=self.kinds)
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
                f"{self.label} for {day:%d %B %Y}: {report.raised} raised, {report.closed} closed, {report.open} open."
            )
