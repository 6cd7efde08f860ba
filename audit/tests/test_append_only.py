from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from audit.actions import AuditAction
from audit.models import AuditEvent
from audit.services import audit_record


@pytest.mark.django_db
def test_database_refuses_update_and_delete_of_audit_rows() -> None:
    audit_record(actor=None, action=AuditAction.SIGN_IN_FAILED, reason="username 'nobody'")
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET reason = 'edited'")
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent")
    assert AuditEvent.objects.get().reason == "username 'nobody'"


@pytest.mark.django_db
def test_the_orm_refuses_to_change_audit_rows() -> None:
    audit_record(actor=None, action=AuditAction.SIGN_IN_FAILED)
    event = AuditEvent.objects.get()
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().update(reason="x")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
