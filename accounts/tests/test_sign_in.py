from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.tests.factories import TEST_PASSWORD
from audit.models import AuditEvent


@pytest.mark.django_db
def test_sign_in_lands_on_my_children_and_is_audited(personas: Any) -> None:
    client = Client()
    response = client.post("/sign-in/", {"username": "wendy", "password": TEST_PASSWORD}, follow=True)
    assert response.request["PATH_INFO"] == "/children/"
    assert b"Robin Fictional" in response.content
    assert AuditEvent.objects.filter(action="sign_in", actor=personas.wendy).exists()


@pytest.mark.django_db
def test_wrong_password_shows_the_error_summary_and_is_audited(personas: Any) -> None:
    response = Client().post("/sign-in/", {"username": "wendy", "password": "wrong"})
    assert b"There is a problem" in response.content
    assert b"Enter a correct username and password" in response.content
    assert AuditEvent.objects.filter(action="sign_in_failed", reason__contains="wendy").exists()


@pytest.mark.django_db
def test_five_failures_lock_the_account_even_for_the_right_password(personas: Any) -> None:
    client = Client()
    for _ in range(5):
        client.post("/sign-in/", {"username": "wendy", "password": "wrong"})
    locked = client.post("/sign-in/", {"username": "wendy", "password": TEST_PASSWORD})
    assert locked.status_code == 429
    assert b"Your account is locked" in locked.content
    assert Client().get("/children/").status_code == 302


@pytest.mark.django_db
def test_pages_need_sign_in(personas: Any) -> None:
    response = Client().get(f"/children/{personas.child.pk}/")
    assert response.status_code == 302 and response["Location"].startswith("/sign-in/")


@pytest.mark.django_db
def test_sign_in_form_enforces_csrf(personas: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/sign-in/", {"username": "wendy", "password": TEST_PASSWORD})
    assert response.status_code == 403


@pytest.mark.django_db
def test_one_address_trying_many_accounts_is_locked_out(personas: Any) -> None:
    client = Client()
    for username in ("wendy", "mia", "uma", "max", "pat"):
        client.post("/sign-in/", {"username": username, "password": "guess"}, REMOTE_ADDR="192.0.2.7")
    response = client.post(
        "/sign-in/", {"username": "carl", "password": TEST_PASSWORD}, REMOTE_ADDR="192.0.2.7"
    )
    assert response.status_code == 429
