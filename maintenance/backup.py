"""Backing up and restoring the whole database, on SQLite (its online backup API) and PostgreSQL (pg_dump and
pg_restore in their custom format). A restore ends by verifying the audit chain."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess  # nosec B404
from pathlib import Path

from django.db import connection


def _postgres_url() -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgresql://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(
            f"{name} is not installed: install the PostgreSQL client (apt-get install postgresql-client)"
        )
    return found


def database_backup(out: Path) -> None:
    """A consistent copy of the live database in `out`, taken without stopping the service."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(out) as target:
            connection.connection.backup(target)
        return
    # The PostgreSQL client tools, found on PATH, with arguments from settings; no shell.
    subprocess.run(  # noqa: S603  # nosec B603
        [_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={out}", _postgres_url()], check=True
    )


def database_restore(source: Path) -> None:
    """Replace the live database with the backup in `source`. Stop the service first."""
    if not source.is_file():
        raise FileNotFoundError(f"No backup at {source}")
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(source) as backup:
            backup.backup(connection.connection)
        return
    connection.close()
    # The PostgreSQL client tools, found on PATH, with arguments from settings; no shell.
    subprocess.run(  # noqa: S603  # nosec B603
        [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={_postgres_url()}",
            str(source),
        ],
        check=True,
    )
