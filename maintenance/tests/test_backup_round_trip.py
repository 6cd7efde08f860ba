"""`lantern backup` then `lantern restore` gives back every table exactly, and the audit chain verifies."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lantern.tests.scratch import run_python, scratch_env

__all__ = ["scratch_env"]  # the fixture

SNAPSHOT = """
import json, django
django.setup()
from django.apps import apps
tables = {}
for model in apps.get_models(include_auto_created=True):
    if model._meta.db_table == "django_session":
        continue
    rows = model._base_manager.order_by("pk").values_list()
    tables[model._meta.db_table] = [[str(v) for v in row] for row in rows]
print(json.dumps(tables, sort_keys=True))
"""


def _lantern(env: dict[str, str], *args: str) -> str:
    result = run_python(env, "manage.py", *args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _snapshot(env: dict[str, str]) -> dict[str, Any]:
    result = run_python(env, "-c", SNAPSHOT)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_backup_and_restore_give_back_every_table(scratch_env: dict[str, str], tmp_path: Path) -> None:
    _lantern(scratch_env, "migrate", "--noinput", "-v", "0")
    _lantern(scratch_env, "seed", "--children", "15", "--years", "2", "--seed", "3", "--no-progress")
    at_backup = _snapshot(scratch_env)
    backup = tmp_path / "lantern.backup"
    _lantern(scratch_env, "backup", "--out", str(backup))

    _lantern(scratch_env, "issue_token", "demo.police", "--name", "written after the backup")
    assert _snapshot(scratch_env) != at_backup

    restored = _lantern(scratch_env, "restore", str(backup), "--yes")

    assert "audit chain intact" in restored
    after = _snapshot(scratch_env)
    assert after == at_backup
    assert sum(len(rows) for rows in after.values()) > 500
    assert len(after["audit_auditevent"]) >= 1


def test_restore_needs_a_confirmation_and_a_real_file(scratch_env: dict[str, str], tmp_path: Path) -> None:
    _lantern(scratch_env, "migrate", "--noinput", "-v", "0")
    unconfirmed = run_python(scratch_env, "manage.py", "restore", str(tmp_path / "none"))
    assert unconfirmed.returncode != 0 and "run again with --yes" in unconfirmed.stderr
    missing = run_python(scratch_env, "manage.py", "restore", str(tmp_path / "none"), "--yes")
    assert missing.returncode != 0 and "No backup at" in missing.stderr
