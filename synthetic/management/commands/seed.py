"""`lantern seed`: build a deterministic synthetic authority into an empty database."""

from __future__ import annotations

import sys
import time
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from tqdm import tqdm

from people.models import Child
from synthetic.generator import build_authority
from synthetic.writer import SeedConflict, write_authority


class Command(BaseCommand):
    help = (
        "Create a synthetic local authority: children, families, workers with turnover, partners, demo users."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--children", type=int, default=200, help="children in care (default 200)")
        parser.add_argument("--years", type=int, default=5, help="years of history (default 5)")
        parser.add_argument(
            "--seed", type=int, default=1, help="random seed: the same seed gives the same data"
        )
        parser.add_argument(
            "--as-of", type=date.fromisoformat, help="the day the data ends, YYYY-MM-DD (default today)"
        )
        parser.add_argument("--if-empty", action="store_true", help="do nothing when any child exists")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        children, years = options["children"], options["years"]
        if children < 1 or years < 1:
            raise CommandError("--children and --years must be at least 1")
        if Child.objects.exists():
            if options["if_empty"]:
                self.stdout.write("The database already holds children: nothing seeded.")
                return
            raise CommandError(
                "The database already holds children; `lantern seed` only fills an empty database "
                "(use --if-empty to skip quietly)."
            )
        as_of = options["as_of"] or timezone.localdate()
        progress = not options["no_progress"] and sys.stderr.isatty()
        started = time.monotonic()
        with tqdm(
            total=children, unit="child", desc="Building", file=sys.stderr, disable=not progress
        ) as bar:
            authority = build_authority(
                children=children,
                years=years,
                seed=options["seed"],
                as_of=as_of,
                tick=bar.update,
            )
        try:
            counts = write_authority(authority, progress=progress)
        except SeedConflict as error:
            raise CommandError(str(error)) from error
        summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
        self.stdout.write(
            f"Seeded a synthetic authority as of {as_of:%d %B %Y}: {summary} ({time.monotonic() - started:.1f} s)."
        )
