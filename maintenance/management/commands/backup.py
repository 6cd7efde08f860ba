from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from maintenance.backup import BackupError, backup_write


class Command(BaseCommand):
    help = (
        "Write a consistent backup of the whole database and the uploaded files (profile photos) to FILE, "
        "a tar archive."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", required=True, type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        out: Path = options["out"]
        if out.exists():
            raise CommandError(f"{out} exists: choose a new file, backups are never overwritten")
        try:
            files = backup_write(out)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backup written to {out} ({out.stat().st_size:,} bytes; {files} uploaded files)")
