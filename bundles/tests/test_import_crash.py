"""A crash in the middle of an import leaves the database as it was, and a rerun completes it.

The import runs in a process of its own against a scratch database (a SQLite file, or a PostgreSQL database when
the suite runs on PostgreSQL); the process is killed outright (os._exit, as a power cut or an OOM kill would)
after it has written the people and before the relationships."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lantern.tests.scratch import run_python, scratch_env

__all__ = ["scratch_env"]  # the fixture

CRASH = """
import os, sys, django
django.setup()
from people.models import Relationship
def crash(self, *args, **kwargs):
    os._exit(9)
Relationship.save = crash
from django.core.management import call_command
call_command("import_bundle", sys.argv[1])
"""

STATE = """
import json, django
django.setup()
from audit.verify import audit_chain_verify
from people.models import Child, Person, Relationship
checked, broken = audit_chain_verify()
print(json.dumps({"children": Child.objects.count(), "people": Person.objects.count(),
                  "relationships": Relationship.objects.count(), "audit_rows": checked, "chain_ok": broken is None}))
"""


def _state(env: dict[str, str]) -> dict[str, Any]:
    result = run_python(env, "-c", STATE)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_a_killed_import_writes_nothing_and_a_rerun_completes_it(
    bundle: dict[str, Any], scratch_env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    migrated = run_python(scratch_env, "manage.py", "migrate", "--noinput", "-v", "0")
    assert migrated.returncode == 0, migrated.stderr
    before = _state(scratch_env)

    crashed = run_python(scratch_env, "-c", CRASH, str(path))

    assert crashed.returncode == 9, crashed.stderr
    after_crash = _state(scratch_env)
    assert after_crash == before and after_crash["chain_ok"]

    rerun = run_python(scratch_env, "manage.py", "import_bundle", str(path))
    assert rerun.returncode == 0, rerun.stderr
    done = _state(scratch_env)
    assert done["children"] == 1 and done["people"] == len(bundle["people"])
    assert done["relationships"] == len(bundle["relationships"]) and done["chain_ok"]
