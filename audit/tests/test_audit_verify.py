from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from audit.actions import AuditAction
from audit.services import audit_record
from audit.triggers import statements


def _write(n: int) -> None:
    for i in range(n):
        audit_record(actor=None, action=AuditAction.SIGN_IN_FAILED, reason=f"attempt {i + 1}")


def _behind_the_application(*sql: str) -> None:
    """What someone with database access could do: drop the triggers, change the table, put them back."""
    with connection.cursor() as cursor:
        for drop in statements(connection.vendor, create=False):
            cursor.execute(drop)
        for change in sql:
            cursor.execute(change)
        for create in statements(connection.vendor, create=True):
            cursor.execute(create)


@pytest.mark.django_db
def test_intact_chain_verifies(capsys: pytest.CaptureFixture[str]) -> None:
    _write(5)
    call_command("audit_verify")
    assert "5 rows checked" in capsys.readouterr().out


@pytest.mark.django_db
def test_a_row_changed_behind_the_application_is_named() -> None:
    _write(5)
    _behind_the_application("UPDATE audit_auditevent SET reason = 'nothing to see' WHERE seq = 3")
    with pytest.raises(CommandError, match=r"row 3 was altered"):
        call_command("audit_verify")


@pytest.mark.django_db
def test_a_removed_row_is_named() -> None:
    _write(5)
    _behind_the_application("DELETE FROM audit_auditevent WHERE seq = 2")
    with pytest.raises(CommandError, match=r"row 2 is missing"):
        call_command("audit_verify")


@pytest.mark.django_db
def test_two_rows_swapped_behind_the_application_are_named() -> None:
    """Rows 2 and 3 trade places (their seq swapped, through a spare number since seq is unique): every row is
    still there and unchanged, but the chain no longer runs in order."""
    _write(5)
    _behind_the_application(
        "UPDATE audit_auditevent SET seq = 1000 WHERE seq = 2",
        "UPDATE audit_auditevent SET seq = 2 WHERE seq = 3",
        "UPDATE audit_auditevent SET seq = 3 WHERE seq = 1000",
    )
    with pytest.raises(CommandError, match=r"row 2 does not follow row 1: a row was removed or reordered"):
        call_command("audit_verify")


@pytest.mark.django_db
def test_a_removed_last_row_cannot_be_hidden_by_renumbering() -> None:
    _write(4)
    _behind_the_application("DELETE FROM audit_auditevent WHERE seq = 2")
    _behind_the_application("UPDATE audit_auditevent SET seq = seq - 1 WHERE seq > 2")
    with pytest.raises(CommandError, match=r"row 2"):
        call_command("audit_verify")


@pytest.mark.django_db
def test_rows_cut_from_the_end_are_caught_with_a_recorded_head(capsys: pytest.CaptureFixture[str]) -> None:
    _write(5)
    call_command("audit_verify", "--json")
    head = json.loads(capsys.readouterr().out)["head"]
    assert head.startswith("5:")
    _behind_the_application("DELETE FROM audit_auditevent WHERE seq >= 4")
    call_command("audit_verify")  # what is left is consistent...
    with pytest.raises(CommandError, match=r"row 5, recorded earlier as the head, is gone"):
        call_command("audit_verify", "--expect-head", head)  # ...but the recorded head is gone


@pytest.mark.django_db
def test_addresses_are_stored_as_the_database_keeps_them() -> None:
    from django.test import RequestFactory

    from audit.models import AuditEvent

    for raw in ("2001:DB8::1", "::ffff:10.1.2.3", "unix:/run/gunicorn.sock"):
        request = RequestFactory().get("/", REMOTE_ADDR=raw)
        audit_record(actor=None, action=AuditAction.SIGN_IN_FAILED, request=request)
    assert list(AuditEvent.objects.values_list("ip", flat=True)) == ["2001:db8::1", "::ffff:10.1.2.3", None]
    call_command("audit_verify")
