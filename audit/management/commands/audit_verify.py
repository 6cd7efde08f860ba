from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.verify import audit_chain_verify


class Command(BaseCommand):
    help = "Walk the audit hash chain and name the first row that was altered or removed."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="machine-readable output")

    def handle(self, *args: Any, **options: Any) -> None:
        checked, found = audit_chain_verify()
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "checked": checked,
                        "ok": found is None,
                        "first_bad_row": found.seq if found else None,
                        "reason": found.reason if found else None,
                    }
                )
            )
        elif found is None:
            self.stdout.write(f"Audit chain intact: {checked} rows checked.")
        if found is not None:
            raise CommandError(f"Audit chain broken at row {found.seq}: {found.reason}")
