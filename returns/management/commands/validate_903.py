from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from returns.validation import DEFAULT_LOCAL_AUTHORITY, RefusedInput, ValidationReport, validate_return

EXIT_FAILURES = 1
EXIT_REFUSED = 2


class Command(BaseCommand):
    help = (
        "Run the DfE SSDA903 validation rules of a collection year on a directory of 903 CSV tables. "
        "Exit status: 0 no failure, 1 failures, 2 input refused."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", help="the directory holding the return's CSV tables")
        parser.add_argument(
            "--year", type=int, required=True, help="the collection year by its END year (2026 = 2025-26)"
        )
        parser.add_argument(
            "--la",
            default=DEFAULT_LOCAL_AUTHORITY,
            help=f"the submitting authority's ONS code (default {DEFAULT_LOCAL_AUTHORITY})",
        )
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            report = validate_return(options["directory"], options["year"], local_authority=options["la"])
        except RefusedInput as exc:
            if options["json"]:
                self.stdout.write(json.dumps({"refused": str(exc)}, indent=2))
            self.stderr.write(f"Refused: {exc}")
            sys.exit(EXIT_REFUSED)
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), indent=2))
        else:
            self._write_text(report)
        if report.failures:
            sys.exit(EXIT_FAILURES)

    def _write_text(self, report: ValidationReport) -> None:
        out = self.stdout
        tables = ", ".join(f"{name} ({report.rows[name]} rows)" for name in report.tables)
        out.write(f"SSDA903 validation, collection year {report.year} ({report.ruleset}): {tables}")
        out.write(
            f"Rules: {report.rules_run} run, {report.passed} passed, {report.failed} failed, "
            f"{report.crashed_count} crashed, {report.skipped} skipped (a table they need is absent)"
        )
        out.write(f"Validator time: {report.validator_seconds:.2f} s")
        for crash in report.crashed:
            out.write(f"CRASHED rule {crash.rule}: {crash.error} ({crash.message})")
        if not report.failures:
            out.write("No failures.")
            return
        out.write(f"{len(report.failures)} failures:")
        for failure in report.failures:
            columns = ", ".join(failure.columns)
            out.write(
                f"rule {failure.rule}: {failure.message} child {failure.child}, "
                f"{failure.table} row {failure.row} ({failure.file} line {failure.line}; {columns})"
            )
