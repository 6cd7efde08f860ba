"""What the SSDA903 page does: who may run the return, the export checked by the DfE rules, the CSVs as a zip, and
which of the children a failure names the user may open.

A check is queued (`request_check`) and run by the task worker (returns/checks.py): it writes the tables with
`returns.export.export_903`, which audits every child in it as exported (as the `export_903` command does), into a
temporary directory that is gone when the check ends, and keeps the validation report on the check."""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any
from uuid import UUID

from access.selectors import visible_children
from accounts.roles import Role
from returns.export import export_903
from returns.models import ReturnCheck

RETURN_USERS = frozenset({Role.ANALYST, Role.TEAM_MANAGER, Role.ADMIN})


def may_run_return(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and getattr(user, "role", "") in RETURN_USERS


def request_check(*, actor: Any, end_year: int) -> ReturnCheck:
    """Queue a check of the collection year ending 31 March `end_year`; only `actor` will see it."""
    from returns.tasks import check_return

    check = ReturnCheck.objects.create(
        requested_by=actor, end_year=end_year, stage="Waiting for the task worker to start the check"
    )
    check_return.enqueue(str(check.pk))
    check.refresh_from_db()  # a backend that runs the task at once has already moved it on
    return check


def export_as_zip(*, actor: Any, end_year: int) -> IO[bytes]:
    """The return's CSVs in a zip, in an unnamed temporary file (gone once closed), read from the start."""
    handle = tempfile.TemporaryFile()  # noqa: SIM115 (the response closes it once sent)
    try:
        with tempfile.TemporaryDirectory(prefix="ssda903-") as folder:
            out = Path(folder) / "return"
            exported = export_903(out=out, end_year=end_year, actor=actor)
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name in exported.rows:
                    archive.write(out / f"{name}.csv", arcname=f"{name}.csv")
    except BaseException:
        handle.close()
        raise
    handle.seek(0)
    return handle


def openable_children(user: Any, local_ids: Iterable[str]) -> dict[str, UUID]:
    """Local ID -> child id, for the children named that this user may see (access.selectors)."""
    wanted = {local_id for local_id in local_ids if local_id}
    if not wanted:
        return {}
    return dict(visible_children(user).filter(local_id__in=wanted).values_list("local_id", "pk"))
