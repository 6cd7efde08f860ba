"""`lantern match-outcomes [--as-of DATE]`: work out again how every matched placement turned out on a day (open,
stable, disrupted, ended as planned: matching/outcome.py). Idempotent: a second run on the same day changes nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from matching.services import match_refresh_outcomes


class Command(BaseCommand):
    help = "Work out the outcome of every matched placement on a day (default today)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--as-of", type=date.fromisoformat, help="the day, YYYY-MM-DD (default today)")

    def handle(self, *args: Any, **options: Any) -> None:
        day = options["as_of"] or timezone.localdate()
        changed = match_refresh_outcomes(day)
        self.stdout.write(f"Match outcomes on {day.isoformat()}: {changed} changed")
