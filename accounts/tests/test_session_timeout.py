from __future__ import annotations

from typing import Any

import pytest
import time_machine
from django.test import Client


@pytest.mark.django_db
def test_an_idle_session_is_signed_out(personas: Any, settings: Any) -> None:
    settings.SESSION_IDLE_SECONDS = 1800
    client = Client()
    with time_machine.travel("2026-11-02 09:00", tick=False):
        client.force_login(personas.wendy)
        assert client.get("/children/").status_code == 200
    with time_machine.travel("2026-11-02 09:20", tick=False):
        assert client.get("/children/").status_code == 200
    with time_machine.travel("2026-11-02 09:55", tick=False):
        response = client.get("/children/")
        assert response.status_code == 302 and response["Location"] == "/sign-in/?timeout=1"
        assert client.get("/children/").status_code == 302


@pytest.mark.django_db
def test_a_busy_session_still_ends_after_its_absolute_lifetime(personas: Any, settings: Any) -> None:
    settings.SESSION_IDLE_SECONDS = 1800
    settings.SESSION_COOKIE_AGE = 8 * 3600
    client = Client()
    with time_machine.travel("2026-11-02 08:00", tick=False):
        client.force_login(personas.wendy)
        assert client.get("/children/").status_code == 200
    for minutes in range(20, 8 * 60, 20):
        with time_machine.travel(f"2026-11-02 {8 + minutes // 60:02d}:{minutes % 60:02d}", tick=False):
            assert client.get("/children/").status_code == 200
    with time_machine.travel("2026-11-02 16:05", tick=False):
        assert client.get("/children/").status_code == 302
