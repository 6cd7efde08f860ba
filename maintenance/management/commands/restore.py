from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.verify import audit_chain_verify
from maintenance.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Replace the whole database and the uploaded files with a backup made by `lantern backup`, then verify "
        "the audit chain."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--yes", action="store_true", help="confirm that the current data is to be replaced"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["yes"]:
            raise CommandError("Restoring replaces every record: stop the service, then run again with --yes")
        try:
            restored = backup_restore(options["file"])
        except (FileNotFoundError, BackupError) as error:
            raise CommandError(str(error)) from error
        checked, broken = audit_chain_verify()
        if broken is not None:
            raise CommandError(
                f"Restored, but the audit chain is broken at row {broken.seq}: {broken.reason}"
            )
        files = (
            "the uploaded files left as they were (a backup of the database only)"
            if restored.media_files is None
            else f"{restored.media_files} uploaded files"
        )
        self.stdout.write(
            f"Restored from {options['file']} with {files}; audit chain intact ({checked} rows)."
        )
