"""Time the SSDA903 return (issue 9) of the whole authority: the export as `lantern export-903` does it (every table
built from the record, the CSVs written, each child audited as exported), median of RUNS runs, each into a new
directory; then the DfE rules run by the validator on that return (`lantern validate-903`), VALIDATIONS runs,
reporting Lantern's whole validation and the validator's own time. The collection year is the last one that has
ended (its END year: 2026 is 2025-26). Run by bench/run.py with the bench database's environment; prints JSON on
its last line. `python bench/returns_timing.py [RUNS] [VALIDATIONS]` (default 5 and 1)."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")

import django

django.setup()

from django.utils import timezone  # noqa: E402

from returns.export import export_903  # noqa: E402
from returns.validation import validate_return  # noqa: E402


def last_ended_year(today: date) -> int:
    """The END year of the last collection year that has ended by `today` (years end on 31 March)."""
    return today.year if today >= date(today.year, 4, 1) else today.year - 1


def main() -> None:
    runs = max(1, int(sys.argv[1])) if len(sys.argv) > 1 else 5
    validations = max(1, int(sys.argv[2])) if len(sys.argv) > 2 else 1
    year = last_ended_year(timezone.localdate())
    exports: list[float] = []
    with tempfile.TemporaryDirectory(prefix="lantern-903-bench-") as scratch:
        for run in range(runs):
            out = Path(scratch) / f"return-{run}"
            started = time.perf_counter()
            result = export_903(out=out, end_year=year)
            exports.append(time.perf_counter() - started)
        wholes: list[float] = []
        validator: list[float] = []
        for _ in range(validations):
            started = time.perf_counter()
            report = validate_return(out, year)
            wholes.append(time.perf_counter() - started)
            validator.append(report.validator_seconds)
    print(
        json.dumps(
            {
                "year": year,
                "ruleset": report.ruleset,
                "children": len(result.children),
                "rows": {name: len(rows) for name, rows in result.rows.items()},
                "export_runs": runs,
                "export_median_s": round(statistics.median(exports), 3),
                "export_max_s": round(max(exports), 3),
                "validation_runs": validations,
                "validation_median_s": round(statistics.median(wholes), 3),
                "validator_median_s": round(statistics.median(validator), 3),
                "rules_run": report.rules_run,
                "rules_failed": report.failed,
                "rules_crashed": report.crashed_count,
                "failures": len(report.failures),
            }
        )
    )


if __name__ == "__main__":
    main()
