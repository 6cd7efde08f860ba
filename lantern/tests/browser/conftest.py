"""Browser tests: a real `runserver` on its own SQLite file, driven by Debian's Chromium through Playwright.

pytest-django's `live_server` cannot be used: it needs a transactional database that is flushed between
tests, and the audit table's triggers refuse DELETE. So one server per session runs in a subprocess, on a
database migrated and filled in a temporary folder, and the tests reach it only over HTTP.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lantern.tests.browser.helpers import Site

BASE_DIR = Path(__file__).resolve().parents[3]
CHROMIUM = "/usr/bin/chromium"
START_TIMEOUT = 30.0


def _server_env(sqlite_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    # Never the suite's PostgreSQL database: always this session's own SQLite file.
    env.pop("DATABASE_URL", None)
    env.update(
        LANTERN_SQLITE_PATH=str(sqlite_path),
        DJANGO_SETTINGS_MODULE="lantern.settings",
        # DEBUG off, so a refused record gets the service's own 404 page rather than Django's technical one
        # (which also names the view). WhiteNoise still serves static_build/ through the finders.
        DJANGO_DEBUG="0",
        LANTERN_TESTING="1",
        LANTERN_ENV="development",
        PYTHONUNBUFFERED="1",
    )
    return env


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(args: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(  # noqa: S603
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _wait_until_healthy(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"runserver exited with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"runserver did not answer /healthz within {START_TIMEOUT} s:\n{log.read_text()}")


@pytest.fixture(scope="session")
def site() -> Iterator[Site]:
    with tempfile.TemporaryDirectory(prefix="lantern-browser-") as tmp:
        env = _server_env(Path(tmp) / "browser.sqlite3")
        _run(["manage.py", "migrate", "--noinput", "-v", "0"], env)
        ids = json.loads(_run(["-m", "lantern.tests.browser.make_data"], env).strip().splitlines()[-1])
        oc2 = json.loads(_run(["-m", "lantern.tests.browser.make_data_oc2"], env).strip().splitlines()[-1])
        ids["oc2_worker"] = oc2["worker"]
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        log = Path(tmp) / "runserver.log"
        with log.open("wb") as log_file:
            server = subprocess.Popen(  # noqa: S603
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                cwd=BASE_DIR,
                env=env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
            # the task worker, as `make demo` runs beside the server (the SSDA903 check is queued work)
            worker = subprocess.Popen(
                [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.5"],
                cwd=BASE_DIR,
                env=env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
            try:
                _wait_until_healthy(url, server, log)
                yield Site(url=url, **ids)
            finally:
                for process in (server, worker):
                    process.terminate()
                    try:
                        process.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        process.kill()
                        process.wait()


@pytest.fixture(scope="session")
def base_url(site: Site) -> str:
    """pytest-playwright passes this to every browser context, so pages can go to "/sign-in/"."""
    return site.url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "locale": "en-GB", "timezone_id": "Europe/London"}
