from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from returns.importing import SECTIONS, ImportRefused, ImportReport, import_903

EXIT_REFUSED = 1
LABELS = {
    "children": "children",
    "periods_of_care": "periods of care",
    "legal_statuses": "legal statuses",
    "placements": "placements",
    "reviews": "reviews",
    "missing_episodes": "missing episodes",
    "first_children": "first children of mothers (MOTHER 1, MC_DOB)",
}


class Command(BaseCommand):
    help = (
        "Load an authority's earlier SSDA903 return (the CSV tables in DIR: Header, Episodes, Reviews, Missing) "
        "into Lantern, all or nothing. Exit status: 0 loaded (or would load, with --dry-run), 1 refused."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", metavar="DIR", help="the directory holding the return's CSV tables")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check everything and say what would be loaded; write nothing",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = import_903(options["directory"], dry_run=options["dry_run"])
        except ImportRefused as refused:
            self.stderr.write(
                f"Refused: nothing was loaded from {options['directory']}. {len(refused.problems)} problem(s):"
            )
            for number, problem in enumerate(refused.problems, start=1):
                self.stderr.write(f"{number}. {problem}")
            sys.exit(EXIT_REFUSED)
        self._write(report)

    def _write(self, report: ImportReport) -> None:
        counts = ", ".join(f"{report.counts[s]} {LABELS[s]}" for s in SECTIONS)
        if report.dry_run:
            self.stdout.write(f"Would load from {report.directory} (dry run, nothing written): {counts}")
        else:
            self.stdout.write(f"Loaded from {report.directory}: {counts}")
        self.stdout.write(f"Children: {', '.join(report.children)}")
        if report.not_loaded:
            self.stdout.write(
                f"Not loaded (Lantern does not import these tables): {', '.join(report.not_loaded)}"
            )
        if report.notes:
            self.stdout.write(f"{len(report.notes)} note(s), loaded but not as the return has it:")
            for number, note in enumerate(report.notes, start=1):
                self.stdout.write(f"{number}. {note}")
