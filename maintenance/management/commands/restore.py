from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.verify import audit_chain_verify
from maintenance.backup import database_restore


class Command(BaseCommand):
    help = "Replace the whole database with a backup made by `lantern backup`, then verify the audit chain."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--yes", action="store_true", help="confirm that the current data is to be replaced"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["yes"]:
            raise CommandError("Restoring replaces every record: stop the service, then run again with --yes")
        try:
            database_restore(options["file"])
        except FileNotFoundError as error:
            raise CommandError(str(error)) from error
        checked, broken = audit_chain_verify()
        if broken is not None:
            raise CommandError(
                f"Restored, but the audit chain is broken at row {broken.seq}: {broken.reason}"
            )
        self.stdout.write(f"Restored from {options['file']}; audit chain intact ({checked} rows).")
