"""Security headers and settings a production Django service must have (OWASP ASVS 14.4; Django deployment
checklist). Production settings are module-level, so they are checked in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]


def _production_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "LANTERN_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="lantern.settings",
        LANTERN_ENV="production",
        DJANGO_SECRET_KEY="x" * 20 + "a-long-random-secret-for-the-check-only-0123456789",
        LANTERN_AUDIT_KEY="audit-key-for-the-check-only",
        DJANGO_ALLOWED_HOSTS="lantern.example.org",
    )
    return env


def test_check_deploy_is_clean_in_production_settings() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_production_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_its_keys() -> None:
    env = _production_env()
    del env["LANTERN_AUDIT_KEY"]
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0 and "LANTERN_AUDIT_KEY must be set in production" in result.stderr


@pytest.mark.django_db
def test_pages_carry_the_security_headers(personas: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    response = client.get(f"/children/{personas.child.pk}/")
    csp = response["Content-Security-Policy"]
    assert (
        "unsafe-inline" not in csp and "script-src 'self' 'nonce-" in csp and "frame-ancestors 'none'" in csp
    )
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Request-ID"]


@pytest.mark.django_db
def test_session_and_csrf_cookies_are_http_only(personas: Any) -> None:
    client = Client()
    sign_in = client.get("/sign-in/")
    assert sign_in.cookies["csrftoken"]["httponly"] and sign_in.cookies["csrftoken"]["samesite"] == "Lax"
    from accounts.tests.factories import TEST_PASSWORD

    response = client.post("/sign-in/", {"username": "wendy", "password": TEST_PASSWORD})
    assert response.cookies["sessionid"]["httponly"] and response.cookies["sessionid"]["samesite"] == "Lax"


@pytest.mark.django_db
def test_production_adds_hsts_and_secure_cookies(personas: Any, settings: Any) -> None:
    settings.SECURE_HSTS_SECONDS = 63072000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SESSION_COOKIE_SECURE = True
    client = Client()
    response = client.get("/sign-in/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=63072000; includeSubDomains"
    from accounts.tests.factories import TEST_PASSWORD

    signed_in = client.post("/sign-in/", {"username": "wendy", "password": TEST_PASSWORD}, secure=True)
    assert signed_in.cookies["sessionid"]["secure"]
