from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from audit.models import AuditEvent


def events_for_child(*, user: Any, child_id: Any) -> QuerySet[AuditEvent]:
    """Every audit row about this child, newest first. The caller has already checked may_read_audit."""
    return AuditEvent.objects.filter(child_id=child_id).select_related("actor").order_by("-seq")
