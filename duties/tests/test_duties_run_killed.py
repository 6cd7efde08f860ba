"""The nightly duties run killed part way (os._exit, as a power cut or an OOM kill would) leaves the alerts as they
were; a rerun raises each once, and a third run raises nothing. Run in processes of their own against a scratch
database seeded with a small synthetic authority."""

from __future__ import annotations

import json
from typing import Any

from lantern.tests.scratch import run_python, scratch_env

__all__ = ["scratch_env"]  # the fixture

CRASH = """
import os, django
django.setup()
from alerts.models import Alert
made = {"n": 0}
real_save = Alert.save
def save_then_die(self, *args, **kwargs):
    made["n"] += 1
    if made["n"] > 5:
        os._exit(9)
    real_save(self, *args, **kwargs)
Alert.save = save_then_die
from django.core.management import call_command
call_command("duties_run", "--as-of", "2026-03-31")
"""

COUNT = """
import json, django
django.setup()
from alerts.models import Alert
print(json.dumps({"alerts": Alert.objects.count(), "keys": Alert.objects.values("key").distinct().count()}))
"""


def _count(env: dict[str, str]) -> dict[str, Any]:
    result = run_python(env, "-c", COUNT)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _run(env: dict[str, str]) -> dict[str, Any]:
    result = run_python(env, "-m", "lantern.cli", "duties-run", "--as-of", "2026-03-31", "--json")
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_a_killed_duties_run_writes_nothing_and_a_rerun_completes_it(scratch_env: dict[str, str]) -> None:
    env = {**scratch_env, "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    for step in (
        ("manage.py", "migrate", "--noinput", "-v", "0"),
        (
            "-m",
            "lantern.cli",
            "seed",
            "--children",
            "40",
            "--years",
            "3",
            "--seed",
            "3",
            "--as-of",
            "2026-03-31",
        ),
    ):
        done = run_python(env, *step)
        assert done.returncode == 0, done.stderr
    assert _count(env)["alerts"] == 0

    crashed = run_python(env, "-c", CRASH)
    assert crashed.returncode == 9, crashed.stderr
    assert _count(env)["alerts"] == 0

    first = _run(env)
    assert first["raised"] > 5
    assert _count(env) == {"alerts": first["raised"], "keys": first["raised"]}
    assert _run(env)["raised"] == 0
