"""Running an SSDA903 check in the background and recording how far it has got, for the page's progress bar.

The export is the first tenth of the way; each rule of the year's rule set is an equal share of the rest. Progress
is written at most once for each whole percent, so that a 2,000-child return (some 300 rules) writes a few dozen
small updates, not one per rule."""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path
from typing import Any

from django.utils import timezone

from returns.export import ExportRefused, export_903
from returns.models import CheckStatus, ReturnCheck
from returns.validation import RefusedInput, validate_return

logger = logging.getLogger(__name__)

EXPORT_SHARE = 10  # percent of the bar for the export


def _update(check_id: Any, **fields: Any) -> None:
    ReturnCheck.objects.filter(pk=check_id).update(**fields)


class _Bar:
    def __init__(self, check_id: Any) -> None:
        self.check_id = check_id
        self.shown = -1

    def rules(self, started: int, total: int) -> None:
        percent = EXPORT_SHARE + (100 - EXPORT_SHARE) * started // max(total, 1)
        if percent > self.shown:
            self.shown = percent
            _update(
                self.check_id,
                progress=min(percent, 99),
                stage=f"Checking the return against the DfE rules: {started} of {total} rules",
            )


def run_check(check_id: str) -> None:
    """Export the return into a temporary directory, validate it, and keep the report on the check. A check that is
    already finished or running is left alone (a task delivered twice does nothing the second time)."""
    claimed = ReturnCheck.objects.filter(pk=check_id, status=CheckStatus.QUEUED).update(
        status=CheckStatus.RUNNING,
        started_at=timezone.now(),
        progress=1,
        stage="Reading the record and writing the tables",
    )
    if not claimed:
        return
    check = ReturnCheck.objects.select_related("requested_by").get(pk=check_id)
    try:
        with tempfile.TemporaryDirectory(prefix="ssda903-") as folder:
            out = Path(folder) / "return"
            started = time.perf_counter()
            exported = export_903(out=out, end_year=check.end_year, actor=check.requested_by)
            _update(
                check.pk,
                export_seconds=round(time.perf_counter() - started, 3),
                children=len(exported.children),
                counts={name: len(rows) for name, rows in exported.rows.items()},
                progress=EXPORT_SHARE,
                stage="Checking the return against the DfE rules",
            )
            report = validate_return(out, check.end_year, progress=_Bar(check.pk).rules)
    except (ExportRefused, RefusedInput) as refused:
        _update(check.pk, status=CheckStatus.FAILED, error=str(refused), stage="", finished_at=timezone.now())
        return
    except Exception:
        logger.exception("SSDA903 check %s failed", check_id)
        _update(
            check.pk,
            status=CheckStatus.FAILED,
            error="The check failed unexpectedly. Try again; if it fails again, tell the system administrator.",
            stage="",
            finished_at=timezone.now(),
        )
        raise
    _update(
        check.pk,
        status=CheckStatus.DONE,
        progress=100,
        stage="",
        report=report.as_dict(),
        finished_at=timezone.now(),
    )
