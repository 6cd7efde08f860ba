"""Reads of children and people, always through the access rule.

Functions that take a `child` expect one the access rule has already cleared (access.guards.load_child). The
child's circle is the child and everyone with a recorded relationship to the child: whoever may see the child may
see them, and the relationships among them (the parents' partnership, say)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from access.selectors import Basis, child_with_basis, visible_children
from audit.actions import AuditAction
from audit.services import audit_record
from people.models import Child, Person, PersonName, Relationship, RelationshipType


class NotVisible(Http404):
    """The record does not exist or the user may not see it; both look the same from outside: 404."""


def _as_uuid(value: Any) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError as error:
        raise NotVisible from error


def child_get(*, user: Any, child_id: Any) -> tuple[Child, set[Basis]]:
    """The child and why this user may see it. A refused attempt on a real child is audited as a refusal."""
    pk = _as_uuid(child_id)
    found = child_with_basis(user, pk)
    if found is None:
        if Child.objects.filter(pk=pk).exists():
            audit_record(
                actor=user, action=AuditAction.REFUSAL, object_type="child", object_id=pk, child_id=pk
            )
        raise NotVisible
    return found


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


def relationships_of_child(*, child: Child) -> QuerySet[Relationship]:
    """Every relationship with the child at one end, with both people. Only for a child the access rule has
    already cleared (access.guards.load_child): everyone related to a visible child is visible."""
    person = child.person
    return (
        Relationship.objects.filter(Q(person_a=person) | Q(person_b=person))
        .select_related("person_a", "person_b")
        .order_by("kind", "person_a__surname")
    )


@dataclass(frozen=True)
class PersonAround:
    person: Person
    relationship: Relationship
    other_names: list[PersonName]

    @property
    def to_child(self) -> bool:
        """True when the person is the child's <kind> (a parent), False when the child is theirs."""
        return self.relationship.person_a_id == self.person.pk


def people_around(*, child: Child) -> tuple[list[PersonName], list[PersonAround]]:
    """The child's own other names, and each related person with the relationship and their other names:
    three queries whatever the size of the family."""
    relationships = list(relationships_of_child(child=child))
    others = [r.person_a if r.person_b_id == child.pk else r.person_b for r in relationships]
    names: dict[uuid.UUID, list[PersonName]] = {}
    for name in PersonName.objects.filter(person__in=[child.pk, *(p.pk for p in others)]).order_by(
        "kind", "name"
    ):
        names.setdefault(name.person_id, []).append(name)
    rows = [PersonAround(p, r, names.get(p.pk, [])) for p, r in zip(others, relationships, strict=True)]
    rank = {kind: i for i, kind in enumerate(RelationshipType.values)}
    rows.sort(key=lambda row: (rank[row.relationship.kind], row.person.surname, row.person.forename))
    return names.get(child.pk, []), rows


def circle_ids(*, child: Child) -> set[uuid.UUID]:
    pairs = Relationship.objects.filter(Q(person_a=child.pk) | Q(person_b=child.pk)).values_list(
        "person_a", "person_b"
    )
    return {child.pk} | {pk for pair in pairs for pk in pair}


def circle_people(*, child: Child) -> QuerySet[Person]:
    return Person.objects.filter(pk__in=circle_ids(child=child)).order_by("surname", "forename")


def circle_person(*, child: Child, person_id: Any, include_child: bool = False) -> Person:
    """Someone in the child's circle (other than the child, unless include_child), or NotVisible."""
    pk = _as_uuid(person_id)
    if (pk == child.pk and not include_child) or pk not in circle_ids(child=child):
        raise NotVisible
    return Person.objects.get(pk=pk)


def circle_relationship(*, child: Child, relationship_id: Any) -> Relationship:
    """A relationship between two people in the child's circle, or NotVisible."""
    ids = circle_ids(child=child)
    found = (
        Relationship.objects.select_related("person_a", "person_b")
        .filter(pk=_as_uuid(relationship_id), person_a__in=ids, person_b__in=ids)
        .first()
    )
    if found is None:
        raise NotVisible
    return found
