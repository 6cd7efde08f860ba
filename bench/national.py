"""`make bench-national`: the statutory duties of a national-scale authority (80,000 children in care, 5 years of
history) on PostgreSQL. Creates a fresh database `lantern_bench_national` on the local server (DATABASE_URL's
server, default postgres://postgres@127.0.0.1:5432), seeds it, and times the duties as bench/duties_timing.py
does. No goal yet: the figure sets one. Writes bench/national.json."""

from __future__ import annotations

import datetime
import json
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHILDREN = int(os.environ.get("NATIONAL_CHILDREN", "80000"))
SERVER = os.environ.get("NATIONAL_SERVER", "postgres://postgres@127.0.0.1:5432")
NAME = "lantern_bench_national"


def main() -> int:
    env = {k: v for k, v in os.environ.items() if k != "LANTERN_ENV"}
    env.update(
        DATABASE_URL=f"{SERVER}/{NAME}",
        DJANGO_SETTINGS_MODULE="lantern.settings",
        DJANGO_DEBUG="0",
        LANTERN_ENV="bench",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        LANTERN_DEMO_PASSWORD=secrets.token_urlsafe(16),
        LANTERN_LOG_LEVEL="ERROR",
    )
    for sql in (f"DROP DATABASE IF EXISTS {NAME}", f"CREATE DATABASE {NAME}"):
        subprocess.run(["psql", f"{SERVER}/postgres", "-q", "-c", sql], check=True)  # noqa: S603, S607
    subprocess.run([str(BIN / "python"), "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)  # noqa: S603
    print(f"Seeding {CHILDREN} children, 5 years, into PostgreSQL {NAME}", file=sys.stderr)
    started = time.perf_counter()
    seed = [str(BIN / "lantern"), "seed", "--children", str(CHILDREN), "--years", "5", "--seed", "1"]
    subprocess.run(seed, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    seed_s = time.perf_counter() - started
    timing = subprocess.run(  # noqa: S603
        [str(BIN / "python"), str(ROOT / "bench" / "duties_timing.py"), "3"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    result = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "database": "postgresql",
        "seed_seconds": round(seed_s, 1),
        "duties": json.loads(timing.stdout.strip().splitlines()[-1]),
    }
    (ROOT / "bench" / "national.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
