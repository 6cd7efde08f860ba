"""`lantern backup` then `lantern restore` gives back every table exactly and every uploaded photo byte for byte,
and the audit chain verifies."""

from __future__ import annotations

from pathlib import Path

from lantern.tests.scratch import run_python, scratch_env
from maintenance.tests.helpers import add_photo, lantern, snapshot, with_media

__all__ = ["scratch_env"]  # the fixture


def test_backup_and_restore_give_back_every_table_and_photo(
    scratch_env: dict[str, str], tmp_path: Path
) -> None:
    media = tmp_path / "media"
    env = with_media(scratch_env, media)
    lantern(env, "migrate", "--noinput", "-v", "0")
    lantern(env, "seed", "--children", "15", "--years", "2", "--seed", "3", "--no-progress")
    photo = add_photo(env)
    photo_bytes = (media / photo).read_bytes()
    at_backup = snapshot(env)
    backup = tmp_path / "lantern.backup"
    lantern(env, "backup", "--out", str(backup))

    lantern(env, "issue_token", "demo.police", "--name", "written after the backup")
    replacement = add_photo(env)
    (media / photo).unlink()  # lost from the disk
    assert snapshot(env) != at_backup

    restored = lantern(env, "restore", str(backup), "--yes")

    assert "audit chain intact" in restored and "1 uploaded files" in restored
    after = snapshot(env)
    assert after == at_backup
    assert sum(len(rows) for rows in after.values()) > 500
    assert len(after["audit_auditevent"]) >= 1
    assert photo in str(after["missing_missingprofile"])
    assert (media / photo).read_bytes() == photo_bytes
    assert not (media / replacement).exists()  # no restored record points to it


def test_restore_needs_a_confirmation_and_a_real_file(scratch_env: dict[str, str], tmp_path: Path) -> None:
    lantern(scratch_env, "migrate", "--noinput", "-v", "0")
    unconfirmed = run_python(scratch_env, "manage.py", "restore", str(tmp_path / "none"))
    assert unconfirmed.returncode != 0 and "run again with --yes" in unconfirmed.stderr
    missing = run_python(scratch_env, "manage.py", "restore", str(tmp_path / "none"), "--yes")
    assert missing.returncode != 0 and "No backup at" in missing.stderr
