"""A scratch database for tests that run Lantern in processes of their own (crash, backup and restore): a SQLite
file, or a fresh PostgreSQL database when the suite runs on PostgreSQL, dropped afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def scratch_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(DJANGO_SETTINGS_MODULE="lantern.settings", LANTERN_TESTING="1")
    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        env["LANTERN_SQLITE_PATH"] = str(tmp_path / "scratch.sqlite3")
        yield env
        return
    name = f"lantern_scratch_{uuid.uuid4().hex[:12]}"
    host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    admin_url = f"postgresql://{db['USER']}@{host}:{port}/postgres"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = f"postgres://{db['USER']}@{host}:{port}/{name}"
    try:
        yield env
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_python(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=300
    )
