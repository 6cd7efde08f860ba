"""Backing up and restoring Lantern: the whole database (SQLite's online backup API, or pg_dump and pg_restore in
their custom format) and the uploaded files under MEDIA_ROOT (the photos on missing person profiles), together in
one tar archive. The archive is written beside its target and moved into place when complete, so a backup killed
part way leaves nothing at the target. A restore ends by verifying the audit chain (the restore command)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess  # nosec B404
import tarfile
import tempfile
import time
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.db import connection

from lantern.atomic_file import PARTIAL_SUFFIX, written_atomically

BACKUP_FORMAT = 1
MANIFEST = "lantern-backup.json"
MEDIA_DIR = "media"
_DATABASE_MEMBER = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """The file is not a backup that can be restored here; the message says why."""


@dataclass(frozen=True)
class Restored:
    """What a restore put back: media_files is None for a backup made before backups held the uploaded files."""

    media_files: int | None


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


def _media_root() -> Path:
    return Path(settings.MEDIA_ROOT)


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
    """Replace the live database with the database backup in `source`. Stop the service first. Raises BackupError,
    with the database as it was, when `source` is not a database backup."""
    if not source.is_file():
        raise FileNotFoundError(f"No backup at {source}")
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        try:
            with sqlite3.connect(source) as backup:
                backup.backup(connection.connection)
        except sqlite3.DatabaseError as error:
            raise BackupError(f"{source} is not a backup that can be restored: {error}") from error
        return
    connection.close()
    try:
        # The PostgreSQL client tools, found on PATH, with arguments from settings; no shell. One transaction: a
        # failure leaves the database as it was.
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
    except subprocess.CalledProcessError as error:
        raise BackupError(
            f"{source} is not a backup that can be restored: pg_restore failed ({error})"
        ) from error


def _is_partial(name: str) -> bool:
    return name.startswith(".") and name.endswith(PARTIAL_SUFFIX)


def _media_files(root: Path) -> list[Path]:
    """Every uploaded file under `root`, leaving out the partial copies of a restore that was killed part way."""
    if not root.is_dir():
        return []
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not any(_is_partial(part) for part in p.relative_to(root).parts)
    )


def backup_write(out: Path) -> int:
    """Write a backup of the database and of the uploaded files to `out`, taken without stopping the service, and
    return the number of files. The database is copied first: a file is never deleted while a record points to it
    (a replaced photo stays), so every file the copied records name is in the backup.

    A backup killed part way leaves nothing at `out` (written_atomically), and the rerun is not blocked."""
    vendor = connection.vendor
    if vendor not in _DATABASE_MEMBER:
        raise BackupError(f"Backups are made of SQLite and PostgreSQL databases, not {vendor}")
    root = _media_root()
    with written_atomically(out) as path:
        dump = path.parent / _DATABASE_MEMBER[vendor]
        database_backup(dump)
        media = _media_files(root)
        manifest = json.dumps(
            {"format": BACKUP_FORMAT, "database": vendor, "media_files": len(media)}, sort_keys=True
        ).encode()
        with tarfile.open(path, "w:gz", compresslevel=6) as archive:
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime = len(manifest), int(time.time())
            archive.addfile(info, BytesIO(manifest))
            archive.add(dump, arcname=_DATABASE_MEMBER[vendor], recursive=False)
            for file in media:
                with file.open("rb") as handle:  # the file's own bytes, not a link to it
                    info = archive.gettarinfo(
                        arcname=f"{MEDIA_DIR}/{file.relative_to(root).as_posix()}", fileobj=handle
                    )
                    archive.addfile(info, handle)
    return len(media)


def _safe_relative(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or not path.parts or any(part in ("", ".", "..") for part in path.parts):
        raise BackupError(f"The backup holds a file with an unsafe name: {name!r}")
    return path


def _unpack(source: Path, scratch: Path) -> tuple[Path, Path, int]:
    """Check the whole archive and unpack it into `scratch`: the database file, the directory of uploaded files and
    their number. Nothing live is touched, so a damaged backup is refused before anything is replaced."""
    try:
        with tarfile.open(source, "r:*") as archive:
            members = archive.getmembers()
            names = {m.name for m in members}
            if MANIFEST not in names:
                raise BackupError(f"{source} is not a Lantern backup (it has no {MANIFEST})")
            manifest_file = archive.extractfile(MANIFEST)
            manifest = json.loads(manifest_file.read()) if manifest_file else None
            if not isinstance(manifest, dict):
                raise BackupError(f"{source} is not a Lantern backup (its {MANIFEST} is not readable)")
            if manifest.get("format") != BACKUP_FORMAT:
                raise BackupError(
                    f"{source} is a backup in format {manifest.get('format')!r}, not {BACKUP_FORMAT}"
                )
            vendor = connection.vendor
            if manifest.get("database") != vendor:
                raise BackupError(
                    f"{source} is a backup of a {manifest.get('database')} database; this one is {vendor}"
                )
            media_dir = scratch / MEDIA_DIR
            media_dir.mkdir()
            database = scratch / _DATABASE_MEMBER[vendor]
            count = 0
            for member in members:
                if member.name == MANIFEST:
                    continue
                relative = _safe_relative(member.name)
                if not member.isfile():
                    raise BackupError(f"The backup holds {member.name!r}, which is not a plain file")
                if member.name == _DATABASE_MEMBER[vendor]:
                    destination = database
                elif relative.parts[0] == MEDIA_DIR and len(relative.parts) > 1:
                    destination = media_dir.joinpath(*relative.parts[1:])
                    count += 1
                else:
                    raise BackupError(f"The backup holds {member.name!r}, which Lantern does not write")
                destination.parent.mkdir(parents=True, exist_ok=True)
                content = archive.extractfile(member)
                if content is None:
                    raise BackupError(f"The backup's {member.name!r} cannot be read")
                with destination.open("wb") as out:
                    shutil.copyfileobj(content, out)
    except (tarfile.TarError, EOFError, OSError, ValueError) as error:
        raise BackupError(f"{source} is damaged or incomplete, or could not be unpacked: {error}") from error
    if not database.is_file():
        raise BackupError(f"{source} holds no database")
    if count != manifest.get("media_files"):
        raise BackupError(f"{source} is incomplete: {count} of {manifest.get('media_files')} uploaded files")
    return database, media_dir, count


def _media_replace(staged: Path, root: Path) -> None:
    """Make the uploaded files under `root` exactly those of the backup: each written whole (written_atomically),
    and any file the backup does not hold removed, since no restored record can point to it."""
    wanted = {p.relative_to(staged) for p in staged.rglob("*") if p.is_file()}
    for relative in sorted(wanted):
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with written_atomically(target) as path:
            shutil.copyfile(staged / relative, path)
    for existing in _media_files(root):
        if existing.relative_to(root) not in wanted:
            existing.unlink()
    for directory in sorted(
        (d for d in root.rglob("*") if d.is_dir()), key=lambda d: len(d.parts), reverse=True
    ):
        if not any(directory.iterdir()):
            directory.rmdir()


def backup_restore(source: Path) -> Restored:
    """Replace the live database and the uploaded files with those of the backup in `source`. Stop the service
    first. The archive is checked and unpacked whole before anything is replaced. A file that is not an archive is
    taken for a backup made before backups held the uploaded files: its database is restored, the files are left."""
    if not source.is_file():
        raise FileNotFoundError(f"No backup at {source}")
    if not tarfile.is_tarfile(source):
        database_restore(source)
        return Restored(media_files=None)
    with tempfile.TemporaryDirectory(prefix="lantern-restore-") as scratch:
        database, media, count = _unpack(source, Path(scratch))
        database_restore(database)
        root = _media_root()
        root.mkdir(parents=True, exist_ok=True)
        _media_replace(media, root)
    return Restored(media_files=count)
