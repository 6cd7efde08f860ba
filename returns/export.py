"""Writing the SSDA903 return as one CSV per table into a directory that appears whole or not at all, and auditing it
as an export of each child it names."""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from django.db import transaction

from audit.actions import AuditAction
from audit.services import audit_record_many
from lantern.csv_export import safe_cell
from returns.tables import COLUMNS, Return, build_return

FIRST_YEAR, LAST_YEAR = 2000, 2100


class ExportRefused(ValueError):
    """The export cannot go ahead; the message says why, for the person who ran it."""


def check_target(out: Path, end_year: int) -> None:
    if not FIRST_YEAR <= end_year <= LAST_YEAR:
        raise ExportRefused(
            f"The collection year must be between {FIRST_YEAR} and {LAST_YEAR}, not {end_year}"
        )
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportRefused(f"{out} already exists and is not an empty directory: choose a new directory")
    if not out.absolute().parent.is_dir():
        raise ExportRefused(f"The directory {out.absolute().parent} does not exist")


def _write(folder: Path, result: Return) -> None:
    for name, rows in result.rows.items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS[name])
            for row in rows:
                writer.writerow([safe_cell(row[column]) for column in COLUMNS[name]])
            handle.flush()
            os.fsync(handle.fileno())


def export_903(*, out: Path, end_year: int, as_of: date | None = None, actor: object = None) -> Return:
    """Write the return for the year ending 31 March `end_year` to the new directory `out`."""
    check_target(out, end_year)
    result = build_return(end_year, as_of)
    target = out.absolute()
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    try:
        _write(staging, result)
        with transaction.atomic():
            audit_record_many(
                actor=actor,
                action=AuditAction.EXPORT,
                request=None,
                entries=(
                    {
                        "object_type": "child",
                        "object_id": child_id,
                        "child_id": child_id,
                        "reason": f"SSDA903 export {end_year - 1}/{end_year % 100:02d}",
                    }
                    for child_id in result.children
                ),
            )
            if target.exists():
                target.rmdir()  # empty, as checked; an entry added since makes this fail and nothing is written
            staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result
