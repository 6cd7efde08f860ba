from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory

from accounts.roles import Role


def _password_from(output: str) -> str:
    return output.strip().splitlines()[-1].rsplit(" ", 1)[-1]


@pytest.mark.django_db
def test_the_printed_password_signs_in_every_demo_user(seeded: dict[str, Any], monkeypatch: Any) -> None:
    monkeypatch.delenv("LANTERN_DEMO_PASSWORD", raising=False)
    out = StringIO()
    call_command("demo_signins", stdout=out)
    password = _password_from(out.getvalue())
    for role in Role.values:
        assert f"demo.{role}" in out.getvalue()
        user = authenticate(RequestFactory().post("/sign-in/"), username=f"demo.{role}", password=password)
        assert user is not None and user.get_username() == f"demo.{role}"


@pytest.mark.django_db
def test_the_password_comes_from_the_environment_when_set(seeded: dict[str, Any], monkeypatch: Any) -> None:
    monkeypatch.setenv("LANTERN_DEMO_PASSWORD", "a-chosen-demo-passphrase")
    out = StringIO()
    call_command("demo_signins", stdout=out)
    assert _password_from(out.getvalue()) == "a-chosen-demo-passphrase"
    request = RequestFactory().post("/sign-in/")
    assert authenticate(request, username="demo.social_worker", password="a-chosen-demo-passphrase")
