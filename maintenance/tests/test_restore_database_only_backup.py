"""A backup made before backups held the uploaded files (the database alone) still restores: the database is put
back and the photos are left as they are."""

from __future__ import annotations

from pathlib import Path

from lantern.tests.scratch import run_python, scratch_env
from maintenance.tests.helpers import add_photo, lantern, snapshot, with_media

__all__ = ["scratch_env"]  # the fixture

OLD_BACKUP = """
import sys, django
django.setup()
from pathlib import Path
from maintenance.backup import database_backup
database_backup(Path(sys.argv[1]))
"""


def test_a_database_only_backup_restores_the_database_and_leaves_the_photos(
    scratch_env: dict[str, str], tmp_path: Path
) -> None:
    media = tmp_path / "media"
    env = with_media(scratch_env, media)
    lantern(env, "migrate", "--noinput", "-v", "0")
    lantern(env, "seed", "--children", "2", "--years", "1", "--seed", "3", "--no-progress")
    photo = add_photo(env)
    at_backup = snapshot(env)
    backup = tmp_path / "old.backup"
    written = run_python(env, "-c", OLD_BACKUP, str(backup))
    assert written.returncode == 0, written.stderr
    lantern(env, "issue_token", "demo.police", "--name", "written after the backup")

    restored = lantern(env, "restore", str(backup), "--yes")

    assert "uploaded files left as they were" in restored and "audit chain intact" in restored
    assert snapshot(env) == at_backup
    assert (media / photo).is_file()
