"""An export killed part way leaves no file at its target and no audit row saying it was exported, and a rerun
writes the whole bundle.

The export runs in a process of its own against a scratch database and is killed outright (os._exit, as a power
cut or an OOM kill would) when half the bundle is written."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from bundles.validation import schema_errors
from lantern.tests.scratch import run_python, scratch_env

__all__ = ["scratch_env"]  # the fixture

CRASH = """
import os, pathlib, sys, django
django.setup()
def crash(self, data, *args, **kwargs):
    with open(self, "w", encoding="utf-8") as half:
        half.write(data[: len(data) // 2])
    os._exit(9)
pathlib.Path.write_text = crash
from django.core.management import call_command
call_command("export_bundle", sys.argv[1], "--out", sys.argv[2])
"""

STATE = """
import json, django
django.setup()
from audit.models import AuditEvent
from audit.verify import audit_chain_verify
checked, broken = audit_chain_verify()
exports = AuditEvent.objects.filter(action="export", object_type="child").count()
print(json.dumps({"exports": exports, "chain_ok": broken is None}))
"""


def _state(env: dict[str, str]) -> dict[str, Any]:
    result = run_python(env, "-c", STATE)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _lantern(env: dict[str, str], *args: str) -> None:
    result = run_python(env, "manage.py", *args)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_killed_export_leaves_no_file_and_no_audit_row_and_a_rerun_completes_it(
    bundle: dict[str, Any], scratch_env: dict[str, str], tmp_path: Path
) -> None:
    source = tmp_path / "bundle.json"
    source.write_text(json.dumps(bundle), encoding="utf-8")
    _lantern(scratch_env, "migrate", "--noinput", "-v", "0")
    _lantern(scratch_env, "import_bundle", str(source))
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "B00001.json"

    crashed = run_python(scratch_env, "-c", CRASH, "B00001", str(target))

    assert crashed.returncode == 9, crashed.stderr
    assert not target.exists()
    assert _state(scratch_env) == {"exports": 0, "chain_ok": True}

    _lantern(scratch_env, "export_bundle", "B00001", "--out", str(target))

    exported = json.loads(target.read_text(encoding="utf-8"))
    assert schema_errors(exported) == []
    assert exported["child"]["local_id"] == "B00001"
    assert len(exported["people"]) == len(bundle["people"])
    assert os.listdir(folder) == ["B00001.json"]  # what the killed run left is gone
    assert _state(scratch_env) == {"exports": 1, "chain_ok": True}
