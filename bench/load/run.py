"""`make load`: a load test of a realistic mix against gunicorn, on loopback only, and a check that the database is
consistent afterwards.

1. creates a fresh database (PostgreSQL `lantern_load` on 127.0.0.1:5432, or bench/load.sqlite3), migrates it and
   seeds a 2,000-child authority (`lantern seed --children 2000 --years 5 --seed 1`);
2. gives one password to N social workers with separate caseloads and to N/10 team managers
   (`lantern load-signins`), and serves the site with gunicorn on a free 127.0.0.1 port;
3. runs locust headless (bench/load/locustfile.py: caseloads, child pages, search, changing a child's details,
   adding people and relationships, visits and case notes; the managers read their teams' caseloads);
4. checks the database: `lantern audit-verify`, `manage.py check`, every write locust counted as a success is in
   the audit log with the rows it should have written (and no other write by a load user is), the records hold
   the values written (each visit and case note on that child, by that user, with its chronology entry when it
   has one), no visit or case note appeared or went that locust did not count, and no row points at a missing
   row;
5. prints a table and the goals (no failed request; p95 under 300 ms once every user has signed in) and writes
   bench/load-results.json.

Exits non-zero when a goal or a check fails. gunicorn is always stopped.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import resource
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections import Counter
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "bench" / "load"
RESULTS = ROOT / "bench" / "load-results.json"
RECORDS_BEFORE = "records-before.json"  # in the run's working directory, beside signins.json
SQLITE_PATH = ROOT / "bench" / "load.sqlite3"
BIN = Path(sys.executable).parent
# `manage.py X` is `lantern X`, with the checkout on the path whatever the installed package knows of.
MANAGE = [str(BIN / "python"), str(ROOT / "manage.py")]
HOST = "127.0.0.1"
PG_PORT = 5432
PG_DATABASE = "lantern_load"
CHILDREN, YEARS, SEED = 2000, 5, 1
GOAL_P95_MS = 300.0
STOP_TIMEOUT_S = 30
# The audit rows each write of the mix makes, by locust request name (a new write task adds its line here).
EXPECTED_AUDIT: dict[str, dict[tuple[str, str], int]] = {
    "change child details": {("update", "person"): 1},
    "add a person": {("create", "person"): 1, ("create", "relationship"): 1},
    "add a relationship": {("create", "relationship"): 1},
    "add a visit": {("create", "visit"): 1},
    "add a case note": {("create", "casenote"): 1},
}
# The records the mix adds, by the model name the audit log gives them (object_type): run.py --snapshot lists them
# before the run, so that the check can tell every one added during it.
ADDED_RECORDS = {"visit": "casework.Visit", "casenote": "casework.CaseNote"}
if PG_DATABASE == "test":  # the CI suite's database is never dropped here
    raise SystemExit("refusing to use the database named test")


def postgres_reachable() -> bool:
    try:
        with socket.create_connection((HOST, PG_PORT), timeout=2):
            return True
    except OSError:
        return False


def environment(database: str, password: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "LANTERN_ENV", "LANTERN_SQLITE_PATH")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="lantern.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        LANTERN_AUDIT_KEY=secrets.token_urlsafe(32),
        DJANGO_ALLOWED_HOSTS=HOST,
        LANTERN_ENV="bench",
        LANTERN_LOG_LEVEL="ERROR",
        LANTERN_LOAD_PASSWORD=password,
    )
    if database == "postgres":
        env["DATABASE_URL"] = f"postgres://postgres@{HOST}:{PG_PORT}/{PG_DATABASE}"
    else:
        env["LANTERN_SQLITE_PATH"] = str(SQLITE_PATH)
    return env


def run(args: list[str], env: dict[str, str], *, capture: bool = False) -> str:
    done = subprocess.run(  # noqa: S603 - our own commands
        args, cwd=ROOT, env=env, check=True, text=True, stdout=subprocess.PIPE if capture else None
    )
    return done.stdout or ""


def fresh_database(database: str, env: dict[str, str], workers: int, managers: int, signins: Path) -> float:
    """Drop and create the database, migrate, seed, and set the load users' password. Returns the seed's seconds."""
    if database == "postgres":
        import psycopg

        with psycopg.connect(
            f"host={HOST} port={PG_PORT} user=postgres dbname=postgres", autocommit=True
        ) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')
            db.execute(f'CREATE DATABASE "{PG_DATABASE}"')
    else:
        for path in SQLITE_PATH.parent.glob(f"{SQLITE_PATH.name}*"):
            path.unlink()
    run([*MANAGE, "migrate", "--noinput", "-v", "0"], env)
    started = time.monotonic()
    seed = ["seed", "--children", str(CHILDREN), "--years", str(YEARS), "--seed", str(SEED), "--no-progress"]
    run([*MANAGE, *seed], env)
    seconds = time.monotonic() - started
    load_signins = [
        "load_signins",
        "--workers",
        str(workers),
        "--managers",
        str(managers),
        "--out",
        str(signins),
    ]
    run([*MANAGE, *load_signins], env)
    run(
        [
            str(BIN / "python"),
            str(Path(__file__).resolve()),
            "--snapshot",
            str(signins.parent / RECORDS_BEFORE),
        ],
        env,
    )
    return seconds


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_until_serving(base: str, server: subprocess.Popen[bytes], timeout: float = 60) -> None:
    no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped while starting")
        try:
            with no_proxy.open(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:  # refused, reset or timed out while the workers start
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start in time")


def machine_cpu() -> tuple[int, int]:
    """Busy and total CPU time of the whole machine so far, in clock ticks (0, 0 where there is no /proc/stat)."""
    stat = Path("/proc/stat")
    if not stat.exists():
        return 0, 0
    ticks = [int(n) for n in stat.read_text().split("\n", 1)[0].split()[1:]]
    return sum(ticks) - ticks[3] - ticks[4], sum(ticks)  # all but idle and iowait


def cpu_share(started: tuple[int, int], ours: float, seconds: float, nproc: int) -> dict[str, float]:
    """How busy the machine was during the run, and how much of it gunicorn and locust were: on a shared machine
    the rest (PostgreSQL, and whatever else runs) explains slow figures."""
    busy, total = (now - then for now, then in zip(machine_cpu(), started, strict=True))
    return {
        "machine_busy_percent": round(100 * busy / total, 1) if total else 0.0,
        "gunicorn_and_locust_cores": round(ours / seconds, 2) if seconds else 0.0,
        "cores": nproc,
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
    }


def serve_and_load(
    env: dict[str, str], options: argparse.Namespace, gunicorn_workers: int, work: Path, log: IO[str]
) -> tuple[int, dict[str, float]]:
    """Start gunicorn on a free loopback port, run locust against it, and always stop gunicorn. Returns locust's
    exit code (1 when any request failed) and how busy the machine was meanwhile."""
    port = free_port()
    base = f"http://{HOST}:{port}"
    command = [str(BIN / "gunicorn"), "lantern.wsgi:application", "--bind", f"{HOST}:{port}"]
    command += ["--workers", str(gunicorn_workers), "--worker-class", "sync", "--log-level", "warning"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)  # noqa: S603
    try:
        wait_until_serving(base, server)
        locust = [str(BIN / "locust"), "-f", str(HERE / "locustfile.py"), "--headless", "--host", base]
        locust += ["--users", str(options.users), "--spawn-rate", str(options.spawn_rate)]
        locust += ["--run-time", f"{options.minutes}m", "--stop-timeout", str(STOP_TIMEOUT_S)]
        locust += ["--only-summary", "--loglevel", "WARNING"]
        locust_env = {
            **env,
            "LANTERN_LOAD_SIGNINS": str(work / "signins.json"),
            "LANTERN_LOAD_WRITES": str(work / "writes.jsonl"),
            "LANTERN_LOAD_STATS": str(work / "figures.json"),
        }
        print(
            f"gunicorn: {gunicorn_workers} sync workers on {base}; locust: {options.users} users for "
            f"{options.minutes} min",
            file=sys.stderr,
        )
        machine_started, ours_started, started = (
            machine_cpu(),
            resource.getrusage(resource.RUSAGE_CHILDREN),
            time.monotonic(),
        )
        with open(work / "locust.log", "w") as locust_log:
            done = subprocess.run(  # noqa: S603 - our own command
                locust,
                cwd=ROOT,
                env=locust_env,
                stdout=locust_log,
                stderr=subprocess.STDOUT,
                timeout=options.minutes * 60 + STOP_TIMEOUT_S + 120,
                check=False,
            )
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped during the load test")
        stop(server)
        ours = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = ours.ru_utime + ours.ru_stime - ours_started.ru_utime - ours_started.ru_stime
        nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        return done.returncode, cpu_share(machine_started, used, time.monotonic() - started, nproc)
    except Exception:
        sys.stderr.write((work / "gunicorn.log").read_text(errors="replace")[-4000:])
        raise
    finally:
        stop(server)


def stop(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def read_figures(work: Path) -> dict[str, Any]:
    """What the locustfile wrote when locust quit: 'total', 'by_name' ('GET caseload': figures) and 'errors'."""
    path = work / "figures.json"
    return dict(json.loads(path.read_text())) if path.exists() else {}


def record_ids() -> dict[str, set[str]]:
    """The ids of every record of the kinds the mix adds (ADDED_RECORDS), inside Django."""
    from django.apps import apps

    return {
        kind: {str(pk) for pk in apps.get_model(label)._base_manager.values_list("pk", flat=True)}
        for kind, label in ADDED_RECORDS.items()
    }


def snapshot_records(out: Path) -> None:
    """Runs inside Django (`run.py --snapshot OUT`, after seeding): the records that exist before the run."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    out.write_text(json.dumps({kind: sorted(ids) for kind, ids in record_ids().items()}))


def verify_database(writes_path: Path, signins_path: Path) -> dict[str, Any]:
    """Runs inside Django (`run.py --verify ...`, started by `consistency`): the writes against the audit log and
    the records, the records added against the writes, and rows that point at nothing."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.apps import apps
    from django.db import DatabaseError, connection, models

    from audit.models import AuditEvent
    from casework.models import CaseNote, Visit
    from chronology.models import ChronologyEntry
    from people.models import Person, Relationship

    signins = json.loads(signins_path.read_text())
    load_users = [*signins["social_workers"], *signins["team_managers"]]
    writes = (
        [json.loads(line) for line in writes_path.read_text().splitlines()] if writes_path.exists() else []
    )
    problems: list[str] = []
    by_request = {w["request_id"]: w for w in writes}
    if len(by_request) != len(writes):
        problems.append("two successful writes share a request id")
    changed = AuditEvent.objects.filter(
        seq__gt=signins.get("audit_seq", 0),
        actor_username__in=load_users,
        action__in=("create", "update", "delete"),
    ).values_list("request_id", "action", "object_type", "object_id", "child_id", "actor_username")
    rows_by_request: dict[str, list[tuple[str, str, str, str, str]]] = {}
    for request_id, action, object_type, object_id, child_id, actor in changed:
        rows_by_request.setdefault(request_id, []).append(
            (action, object_type, object_id, str(child_id), actor)
        )
    unreported = sorted(set(rows_by_request) - set(by_request))
    if unreported:
        problems.append(f"{len(unreported)} writes by load users that locust did not count as successes")

    def exists(model: type[models.Model], pk: str | None, **fields: Any) -> bool:
        return pk is not None and model._base_manager.filter(pk=pk, **fields).exists()

    def typed(text: str) -> datetime.date:  # a date as the locustfile typed it: d/m/Y
        return datetime.datetime.strptime(text, "%d/%m/%Y").date()

    def in_chronology(source_type: str, pk: str | None, child: str, day: datetime.date) -> bool:
        entries = ChronologyEntry.objects.filter(source_type=source_type, source_id=str(pk))
        return entries.filter(child_id=uuid.UUID(child), occurred_on=day).exists()

    last_phone: dict[str, tuple[str, int]] = {}
    added: dict[str, set[str]] = {kind: set() for kind in ADDED_RECORDS}
    missing = 0
    wrong: Counter[str] = Counter()
    for write in writes:
        rows = rows_by_request.get(write["request_id"], [])
        if not rows:
            missing += 1
            continue
        task, sent = write["task"], write["changed"]
        expected = EXPECTED_AUDIT.get(task)
        found = Counter((action, object_type) for action, object_type, *_ in rows)
        held = (expected is None or found == Counter(expected)) and all(
            (child, actor) == (write["child"], write["user"]) for *_, child, actor in rows
        )
        created = {
            object_type: object_id for action, object_type, object_id, *_ in rows if action == "create"
        }
        for kind in ADDED_RECORDS.keys() & created.keys():
            added[kind].add(str(created[kind]))
        if task == "change child details":
            last_phone[write["child"]] = (sent["phone"], int(write["versions"]["version"]))
        elif task == "add a person":
            names = {"forename": sent["forename"], "surname": sent["surname"]}
            records = exists(Person, created.get("person"), **names)
            held = held and records and exists(Relationship, created.get("relationship"), kind=sent["kind"])
        elif task == "add a relationship":
            pair = {"person_a_id": sent["person_a"], "person_b_id": sent["person_b"], "kind": sent["kind"]}
            held = held and exists(Relationship, created.get("relationship"), **pair)
        elif task == "add a visit":
            # The visitor is the form's default, the signed-in user; the redirect named the visit saved.
            visit, day = created.get("visit"), typed(sent["visited_on"])
            values = {"where": sent["where"], "notes": sent["notes"], "seen": sent.get("seen") == "on"}
            values["seen_alone"] = sent.get("seen_alone") == "on"
            by = {"child_id": write["child"], "visitor__username": write["user"], "visited_on": day}
            held = (
                held
                and visit is not None
                and str(visit) == write.get("record")
                and exists(Visit, visit, **by, **values)
                and in_chronology("visit", visit, write["child"], day)
            )
        elif task == "add a case note":
            note, day = created.get("casenote"), typed(sent["occurred_on"])
            significant = sent.get("significant") == "on"
            values = {"subject": sent["subject"], "body": sent["body"], "significant": significant}
            by = {"child_id": write["child"], "author__username": write["user"], "occurred_on": day}
            held = (
                held
                and exists(CaseNote, note, **by, **values)
                and in_chronology("casenote", note, write["child"], day) == significant
            )
        if not held:
            wrong[task] += 1
    if missing:
        problems.append(f"{missing} successful writes have no audit row")
    if wrong:
        problems.append(
            f"{sum(wrong.values())} successful writes have the wrong audit rows or records: {dict(wrong)}"
        )
    before_path = signins_path.parent / RECORDS_BEFORE
    before = {kind: set(ids) for kind, ids in json.loads(before_path.read_text()).items()}
    now = record_ids()
    for kind in ADDED_RECORDS:
        uncounted = now[kind] - before[kind] - added[kind]
        gone = before[kind] - now[kind]
        if uncounted:
            problems.append(f"{len(uncounted)} {kind} records added during the run that locust did not count")
        if gone:
            problems.append(f"{len(gone)} {kind} records that were there before the run are gone")
    stale = 0
    for child, (phone, version) in last_phone.items():
        record = Person.objects.get(pk=child)
        if record.phone != phone or record.version != version + 1:
            stale += 1
    if stale:
        problems.append(f"{stale} children do not hold the last details written (or the wrong version)")
    refusals = AuditEvent.objects.filter(
        seq__gt=signins.get("audit_seq", 0), actor_username__in=load_users, action="refusal"
    ).count()
    if refusals:
        problems.append(f"{refusals} refusals (edit conflicts or access refused) for load users")

    orphans: dict[str, int] = {}
    for model in apps.get_models():
        if model.__name__.startswith("Historical"):  # history keeps rows of records since deleted
            continue
        for fk in model._meta.concrete_fields:
            if not isinstance(fk, models.ForeignKey):
                continue
            target = fk.related_model._base_manager.values(fk.target_field.attname)  # type: ignore[union-attr]
            try:
                count = (
                    model._base_manager.exclude(**{f"{fk.attname}__isnull": True})
                    .exclude(**{f"{fk.attname}__in": target})
                    .count()
                )
            except DatabaseError as error:  # a model without its table: a migration is missing
                problems.append(f"cannot read {model._meta.label}.{fk.name}: {error}".strip())
                continue
            if count:
                orphans[f"{model._meta.label}.{fk.name}"] = count
    if orphans:
        problems.append(f"rows pointing at missing rows: {orphans}")
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA foreign_key_check")
            violations = len(cursor.fetchall())
            database_check = f"PRAGMA foreign_key_check: {violations} violations"
        else:
            cursor.execute("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT convalidated")
            violations = int(cursor.fetchone()[0])
            database_check = f"foreign keys enforced by PostgreSQL; {violations} not validated"
    if violations:
        problems.append(database_check)
    per_task = Counter(w["task"] for w in writes)
    return {
        "writes_recorded": dict(per_task),
        "write_requests_in_audit_log": len(set(rows_by_request) & set(by_request)),
        "create_update_rows_by_load_users": sum(len(r) for r in rows_by_request.values()),
        "children_changed": len(last_phone),
        "records_added": {kind: len(ids) for kind, ids in added.items()},
        "foreign_keys": database_check,
        "orphans_scanned_models": "every non-history model's foreign keys",
        "problems": problems,
    }


def consistency(env: dict[str, str], work: Path, by_name: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The checks after the run: the audit chain, Django's checks, and verify_database in a Django process."""
    checks: dict[str, Any] = {}
    for key, command in (
        ("audit_verify", [*MANAGE, "audit_verify", "--json"]),
        ("manage_py_check", [*MANAGE, "check", "--database", "default"]),
    ):
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)  # noqa: S603
        checks[key] = {"passed": done.returncode == 0, "output": (done.stdout + done.stderr).strip()[-500:]}
    verify = [str(BIN / "python"), str(Path(__file__).resolve()), "--verify"]
    verify += [str(work / "writes.jsonl"), str(work / "signins.json")]
    done = subprocess.run(verify, cwd=ROOT, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    try:
        database = json.loads(done.stdout)
    except json.JSONDecodeError:
        database = {"problems": [f"the database check stopped: {done.stderr.strip()[-1500:]}"]}
    counted = {
        name: row["requests"] - row["failures"]
        for name in EXPECTED_AUDIT
        if (row := by_name.get(f"POST {name}")) is not None
    }
    counted = {name: n for name, n in counted.items() if n}
    recorded = database.get("writes_recorded", {})
    if counted != recorded:
        database["problems"].append(
            f"locust counted {counted} successful writes; the writes file has {recorded}"
        )
    database["successful_writes_counted_by_locust"] = counted
    checks["database"] = {**database, "passed": not database["problems"]}
    return checks


def report(figures: dict[str, Any], checks: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    overall, by_name, steady = figures["total"], figures["by_name"], figures.get("steady") or {}
    steady_total = steady.get("total") or {}
    goals = {
        "no failed request": overall["failures"] == 0 and overall["requests"] > 0,
        f"p95 < {GOAL_P95_MS:.0f} ms once every user has signed in": bool(steady_total)
        and steady_total["p95_ms"] < GOAL_P95_MS,
        "audit chain verifies (lantern audit-verify)": checks["audit_verify"]["passed"],
        "manage.py check passes": checks["manage_py_check"]["passed"],
        "each successful write is in the audit log and the records, no other write, no orphan rows": checks[
            "database"
        ]["passed"],
    }
    summary = {
        **extra,
        "requests": overall["requests"],
        "failures": overall["failures"],
        "rps": overall["rps"],
        "p50_ms": overall["p50_ms"],
        "p95_ms": overall["p95_ms"],
        "p99_ms": overall["p99_ms"],
        "max_ms": overall["max_ms"],
        "requests_by_name": by_name,
        "steady_state": steady,
        "failure_kinds": figures["errors"],
        "checks": checks,
        "goals": goals,
        "goals_met": all(goals.values()),
    }
    head = f"{'request':<34}{'count':>8}{'fails':>7}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
    print(f"\n{head}{'steady p95':>12}")
    steady_rows = steady.get("by_name", {})
    rows = sorted(by_name.items(), key=lambda item: (-item[1]["p95_ms"], item[0]))
    for label, row in [*rows, ("all requests", overall)]:
        calm = steady_total if label == "all requests" else steady_rows.get(label, {})
        print(
            f"{label:<34}{row['requests']:>8}{row['failures']:>7}{row['rps']:>8.2f}"
            f"{row['p50_ms']:>8.0f}{row['p95_ms']:>8.0f}{row['p99_ms']:>8.0f}"
            f"{calm['p95_ms'] if calm else '-':>12}"
        )
    print("(locust's figures over the whole run; 'steady p95': exact, once every user had signed in)")
    if steady_total:
        print(
            f"\nsteady state, from second {steady['from_second']} for {steady['seconds']} s: "
            f"{steady_total['requests']} requests, {steady_total['failures']} failed, {steady_total['rps']} req/s, "
            f"p50 {steady_total['p50_ms']} ms, p95 {steady_total['p95_ms']} ms, p99 {steady_total['p99_ms']} ms"
        )
    cpu = extra.get("cpu_during_run") or {}
    if cpu:
        print(
            f"machine CPU {cpu['machine_busy_percent']}% busy of {cpu['cores']} cores during the run, "
            f"{cpu['gunicorn_and_locust_cores']} cores of it gunicorn and locust (the rest: PostgreSQL and anything "
            f"else running); load average {cpu['load_average_1m_at_end']} at the end"
        )
    for error in figures["errors"][:10]:
        print(f"  failed x{error['occurrences']}: {error['method']} {error['name']}: {error['error']}")
    database = checks["database"]
    print(
        f"\nwrites: locust counted {database['successful_writes_counted_by_locust']}; "
        f"{database.get('write_requests_in_audit_log', '?')} write requests found in the audit log "
        f"({database.get('create_update_rows_by_load_users', '?')} create/update rows by load users); "
        f"records added: {database.get('records_added', '?')}; {database.get('foreign_keys', '')}"
    )
    for problem in database["problems"]:
        print(f"  problem: {problem}")
    for goal, held in goals.items():
        print(f"  {'met ' if held else 'MISSED'}  {goal}")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=50, help="simulated users (default 50)")
    parser.add_argument("--minutes", type=int, default=10, help="how long to run (default 10)")
    parser.add_argument("--spawn-rate", type=float, default=10, help="users started a second (default 10)")
    parser.add_argument(
        "--database",
        choices=("postgres", "sqlite", "auto"),
        default="postgres",
        help=f"PostgreSQL on {HOST}:{PG_PORT} (default), SQLite, or auto: PostgreSQL if it answers, else SQLite",
    )
    parser.add_argument("--verify", nargs=2, type=Path, metavar=("WRITES", "SIGNINS"), help=argparse.SUPPRESS)
    parser.add_argument("--snapshot", type=Path, metavar="OUT", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.verify:
        print(json.dumps(verify_database(*options.verify)))
        return 0
    if options.snapshot:
        snapshot_records(options.snapshot)
        return 0
    if options.users < 1 or options.minutes < 1:
        parser.error("--users and --minutes must be at least 1")
    database = options.database
    if database == "auto":
        database = "postgres" if postgres_reachable() else "sqlite"
        if database == "sqlite":
            print(
                f"PostgreSQL does not answer on {HOST}:{PG_PORT}: running on SQLite instead.", file=sys.stderr
            )
    elif database == "postgres" and not postgres_reachable():
        print(f"PostgreSQL does not answer on {HOST}:{PG_PORT} (use --database sqlite)", file=sys.stderr)
        return 2
    if not (BIN / "locust").exists():
        print("locust is not installed: .venv/bin/pip install -e '.[load]'", file=sys.stderr)
        return 2
    managers = options.users // 10
    workers = options.users - managers
    password = secrets.token_urlsafe(18)
    env = environment(database, password)
    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    gunicorn_workers = min(8, 2 * nproc + 1)
    where = (
        f"{PG_DATABASE} on {HOST}:{PG_PORT}" if database == "postgres" else str(SQLITE_PATH.relative_to(ROOT))
    )
    with tempfile.TemporaryDirectory(prefix="lantern-load-") as directory:
        work = Path(directory)
        print(f"Seeding {CHILDREN} children, {YEARS} years into {where}", file=sys.stderr)
        try:
            seed_seconds = fresh_database(database, env, workers, managers, work / "signins.json")
        except subprocess.CalledProcessError as error:
            print(f"Preparing the database failed: {' '.join(error.cmd[1:])}", file=sys.stderr)
            return 1
        with open(work / "gunicorn.log", "w+") as log:
            locust_exit, cpu = serve_and_load(env, options, gunicorn_workers, work, log)
        figures = read_figures(work)
        if locust_exit not in (0, 1) or not figures:
            log_text = (work / "locust.log").read_text(errors="replace")
            trace = log_text.find("Traceback")
            sys.stderr.write(log_text[trace : trace + 3000] if trace >= 0 else log_text[-4000:])
            print(f"locust ended with exit code {locust_exit}", file=sys.stderr)
            return 1
        if figures["total"]["failures"]:
            print("The server's log ends:", file=sys.stderr)
            sys.stderr.write((work / "gunicorn.log").read_text(errors="replace")[-6000:])
        checks = consistency(env, work, figures["by_name"])
    summary = report(
        figures,
        checks,
        {
            "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "database": database,
            "users": options.users,
            "social_workers": workers,
            "team_managers": managers,
            "minutes": options.minutes,
            "spawn_rate": options.spawn_rate,
            "nproc": nproc,
            "gunicorn_workers": gunicorn_workers,
            "children": CHILDREN,
            "years": YEARS,
            "seed_seconds": round(seed_seconds, 1),
            "cpu_during_run": cpu,
        },
    )
    RESULTS.write_text(json.dumps(summary, indent=2) + "\n")
    print(f"\nWrote {RESULTS.relative_to(ROOT)}")
    return 0 if summary["goals_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
