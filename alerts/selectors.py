"""The inbox: a user's open alerts, through the access rule (an alert about a child the user may no longer see is
not shown)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from access.selectors import visible_children
from alerts.models import Alert


def inbox(*, user: Any) -> QuerySet[Alert]:
    return (
        Alert.objects.filter(recipient=user, closed_on__isnull=True)
        .filter(Q(child__isnull=True) | Q(child__in=visible_children(user)))
        .order_by("-raised_on", "kind", "title")
    )
