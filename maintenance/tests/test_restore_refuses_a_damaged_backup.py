"""A damaged or cut-short backup is refused before anything is replaced: the records stay as they were."""

from __future__ import annotations

from pathlib import Path

from lantern.tests.scratch import run_python, scratch_env
from maintenance.tests.helpers import lantern, snapshot, with_media

__all__ = ["scratch_env"]  # the fixture


def test_a_cut_short_backup_is_refused_and_nothing_is_replaced(
    scratch_env: dict[str, str], tmp_path: Path
) -> None:
    env = with_media(scratch_env, tmp_path / "media")
    lantern(env, "migrate", "--noinput", "-v", "0")
    lantern(env, "seed", "--children", "2", "--years", "1", "--seed", "3", "--no-progress")
    backup = tmp_path / "lantern.backup"
    lantern(env, "backup", "--out", str(backup))
    whole = backup.read_bytes()
    backup.write_bytes(whole[: len(whole) // 2])  # as a copy cut off part way would be
    lantern(env, "issue_token", "demo.police", "--name", "written after the backup")
    before = snapshot(env)

    refused = run_python(env, "manage.py", "restore", str(backup), "--yes")

    assert refused.returncode != 0
    assert "is damaged or incomplete" in refused.stderr
    assert snapshot(env) == before
