from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from returns.export import ExportRefused, export_903


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(f"--as-of must be a date as YYYY-MM-DD, not {text!r}") from error


class Command(BaseCommand):
    help = (
        "Write the SSDA903 return (one CSV per table) for the collection year ending 31 March YEAR into a new "
        "directory. Each child in it is audited as exported."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--year", type=int, required=True, help="the END year: 2026 is 1 Apr 2025 to 31 Mar 2026"
        )
        parser.add_argument("--out", required=True, metavar="DIR", help="a new (or empty) directory")
        parser.add_argument("--as-of", metavar="DATE", help="leave out what happens after DATE (YYYY-MM-DD)")

    def handle(self, *args: Any, **options: Any) -> None:
        as_of = _day(options["as_of"]) if options["as_of"] else None
        try:
            result = export_903(out=Path(options["out"]), end_year=options["year"], as_of=as_of)
        except ExportRefused as error:
            raise CommandError(str(error)) from error
        counts = ", ".join(f"{name} {len(rows)}" for name, rows in result.rows.items())
        self.stdout.write(
            f"Wrote the SSDA903 return {options['year']} for {len(result.children)} children to {options['out']}: {counts}"
        )
