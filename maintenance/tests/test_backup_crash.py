"""A backup killed part way leaves nothing at its target, and a rerun writes a complete backup that restores.

The backup runs in a process of its own against a scratch database and is killed outright (os._exit, as a power
cut or an OOM kill would) after the database is in the archive and before the photos."""

from __future__ import annotations

import os
from pathlib import Path

from lantern.tests.scratch import run_python, scratch_env
from maintenance.tests.helpers import add_photo, lantern, with_media

__all__ = ["scratch_env"]  # the fixture

CRASH = """
import os, sys, tarfile, django
django.setup()
addfile = tarfile.TarFile.addfile
def crash(self, tarinfo, fileobj=None):
    if tarinfo.name.startswith("media/"):
        os._exit(9)
    return addfile(self, tarinfo, fileobj)
tarfile.TarFile.addfile = crash
from django.core.management import call_command
call_command("backup", "--out", sys.argv[1])
"""


def test_a_killed_backup_leaves_nothing_and_a_rerun_completes_it(
    scratch_env: dict[str, str], tmp_path: Path
) -> None:
    env = with_media(scratch_env, tmp_path / "media")
    lantern(env, "migrate", "--noinput", "-v", "0")
    lantern(env, "seed", "--children", "2", "--years", "1", "--seed", "3", "--no-progress")
    add_photo(env)
    folder = tmp_path / "backups"
    folder.mkdir()
    target = folder / "lantern.backup"

    crashed = run_python(env, "-c", CRASH, str(target))

    assert crashed.returncode == 9, crashed.stderr
    assert not target.exists()

    rerun = lantern(env, "backup", "--out", str(target))

    assert "1 uploaded files" in rerun
    assert os.listdir(folder) == ["lantern.backup"]  # what the killed run left is gone
    restored = lantern(env, "restore", str(target), "--yes")
    assert "with 1 uploaded files; audit chain intact" in restored
