"""Reads of children and people, always through the access rule.

Functions that take a `child` expect one the access rule has already cleared (access.guards.load_child). The
people around a child are in people/circle.py."""

from __future__ import annotations

import re
import uuid
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from access.selectors import Basis, child_with_basis, visible_children
from audit.actions import AuditAction
from audit.services import audit_record
from people.models import Child


class NotVisible(Http404):
    """The record does not exist or the user may not see it; both look the same from outside: 404."""


def as_uuid(value: Any) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError as error:
        raise NotVisible from error


def child_get(*, user: Any, child_id: Any) -> tuple[Child, set[Basis]]:
    """The child and why this user may see it. A refused attempt on a real child is audited as a refusal."""
    pk = as_uuid(child_id)
    found = child_with_basis(user, pk)
    if found is None:
        if Child.objects.filter(pk=pk).exists():
            audit_record(
                actor=user, action=AuditAction.REFUSAL, object_type="child", object_id=pk, child_id=pk
            )
        raise NotVisible
    return found


def child_search(*, user: Any, query: str) -> QuerySet[Child]:
    """Children this user may see whose name, other name, local ID, UPN or NHS number matches every word of the
    query. An NHS number may be typed with spaces or dashes ("943 476 5919")."""
    query = " ".join(query.split())[:100]
    if not query:
        return Child.objects.none()
    digits = re.sub(r"[\s-]", "", query)
    if digits.isdigit() and len(digits) == 10:
        return visible_children(user).filter(person__nhs_number=digits).select_related("person")
    terms = Q()
    for word in query.split(" "):
        terms &= (
            Q(person__forename__icontains=word)
            | Q(person__surname__icontains=word)
            | Q(person__other_names__name__icontains=word)
            | Q(local_id__iexact=word)
            | Q(upn__iexact=word)
            | Q(person__nhs_number=word.replace("-", ""))
        )
    matching = Child.objects.filter(terms).values("pk")
    return (
        visible_children(user)
        .filter(pk__in=matching)
        .select_related("person")
        .order_by("person__surname", "person__forename", "pk")
    )
