"""Reads of children and people, always through the access rule."""

from __future__ import annotations

import uuid
from typing import Any

from django.db.models import Q, QuerySet

from access.selectors import visible_children, visible_people, visible_relationships
from audit.actions import AuditAction
from audit.services import audit_record
from people.models import Child, Person, Relationship


class NotVisible(Exception):
    """The record does not exist or the user may not see it; both look the same from outside (404)."""


def _as_uuid(value: Any) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError as error:
        raise NotVisible from error


def child_get(*, user: Any, child_id: Any) -> Child:
    """The child, if this user may see it. A refused attempt on a real child is audited as a refusal."""
    pk = _as_uuid(child_id)
    child = visible_children(user).select_related("person").filter(pk=pk).first()
    if child is None:
        if Child.objects.filter(pk=pk).exists():
            audit_record(
                actor=user, action=AuditAction.REFUSAL, object_type="child", object_id=pk, child_id=pk
            )
        raise NotVisible
    return child


def child_search(*, user: Any, query: str, limit: int = 50) -> list[Child]:
    """Children this user may see whose name, other name, local ID, UPN or NHS number matches."""
    query = " ".join(query.split())[:100]
    if not query:
        return []
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
    return list(visible_children(user).filter(terms).select_related("person").distinct()[:limit])


def person_get(*, user: Any, person_id: Any) -> Person:
    person = visible_people(user).filter(pk=_as_uuid(person_id)).first()
    if person is None:
        raise NotVisible
    return person


def relationship_get(*, user: Any, relationship_id: Any) -> Relationship:
    relationship = (
        visible_relationships(user)
        .select_related("person_a", "person_b")
        .filter(pk=_as_uuid(relationship_id))
        .first()
    )
    if relationship is None:
        raise NotVisible
    return relationship


def relationships_of(*, user: Any, person: Person) -> QuerySet[Relationship]:
    """Every visible relationship with this person at one end, people prefetched."""
    return (
        visible_relationships(user)
        .filter(Q(person_a=person) | Q(person_b=person))
        .select_related("person_a", "person_b")
        .prefetch_related("person_a__other_names", "person_b__other_names")
        .order_by("kind", "person_a__surname")
    )
