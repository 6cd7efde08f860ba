from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NoReturn

from django.core.management.base import BaseCommand, CommandError, CommandParser

from bundles.importer import BundleError, ImportReport, bundle_import_report


def _summary(report: ImportReport) -> dict[str, Any]:
    child = report.child
    return {
        "ok": True,
        "child": {"id": str(child.pk), "local_id": child.local_id, "name": child.person.full_name},
        "people": report.people,
        "other_names": report.other_names,
        "relationships": report.relationships,
        "allocations": report.allocations,
        "care_records": {k: n for k, n in report.care_records.items() if n},
        "created_users": report.created_users,
        "created_teams": report.created_teams,
        "created_agencies": report.created_agencies,
        "notes": [{"path": path, "message": message} for path, message in report.notes],
    }


class Command(BaseCommand):
    help = "Create a child's whole record from a case bundle (JSON), all or nothing. The import is audited."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the case bundle, a JSON file")
        parser.add_argument("--json", action="store_true", help="machine-readable output")

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["file"]
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as error:
            self._refuse(options, [("$", f"cannot read {path}: {error.strerror or error}")])
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            self._refuse(options, [("$", f"{path} is not a JSON document: {error}")])
        try:
            report = bundle_import_report(data=data, source=path)
        except BundleError as error:
            self._refuse(options, error.errors)
        if options["json"]:
            self.stdout.write(json.dumps(_summary(report), indent=2, ensure_ascii=False))
            return
        child = report.child
        self.stdout.write(
            f"Imported child {child.local_id} ({child.person.full_name}), id {child.pk}: "
            f"{report.people} people, {report.relationships} relationships, {report.allocations} allocations."
        )
        care = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in report.care_records.items() if n)
        if care:
            self.stdout.write(f"Care records: {care}.")
        for path, message in report.notes:
            self.stdout.write(f"Note: {path}: {message}.")
        for agency in report.created_agencies:
            self.stdout.write(f"Created agency {agency!r}.")
        for team in report.created_teams:
            self.stdout.write(f"Created team {team!r}.")
        for username in report.created_users:
            self.stdout.write(
                f"Created inactive user {username!r} (no password; an administrator must activate it)."
            )

    def _refuse(self, options: dict[str, Any], errors: list[tuple[str, str]]) -> NoReturn:
        if options["json"]:
            problems = [{"path": path, "message": message} for path, message in errors]
            self.stdout.write(json.dumps({"ok": False, "errors": problems}, indent=2, ensure_ascii=False))
            count = f"{len(errors)} problem{'s' if len(errors) != 1 else ''}"
            raise CommandError(f"The bundle was refused ({count}); nothing was imported.")
        lines = "\n".join(f"{path}: {message}" for path, message in errors)
        raise CommandError(f"The bundle was refused; nothing was imported.\n{lines}")
