"""The child's circle: the child and everyone with a recorded relationship to the child.

Whoever may see the child may see the people in the circle and the relationships among them (the parents'
partnership, say) — except a related person who is a child in their own right (a sibling in care) whom the user
may not see: the circle shows that child's name and relationship only, and nothing of theirs can be opened or
changed from here. Every function expects a child already cleared by access.guards.load_child.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

from access.selectors import may_see
from people.models import Child, Person, PersonName, Relationship, RelationshipType
from people.selectors import NotVisible, as_uuid


@dataclass(frozen=True)
class Circle:
    child: Child
    members: frozenset[uuid.UUID]
    hidden: frozenset[uuid.UUID]
    other_children: frozenset[uuid.UUID]

    def people(self) -> QuerySet[Person]:
        return Person.objects.filter(pk__in=self.members).order_by("surname", "forename")

    def person(self, person_id: Any) -> Person:
        """Someone in the circle who may be opened and changed from this child's record, or NotVisible. That is
        never another child with a record of their own: a sibling is read and changed on their own record, under
        the access they have there (a break-glass or a grant there is read-only)."""
        pk = as_uuid(person_id)
        if pk == self.child.pk or pk not in self.members or pk in self.other_children:
            raise NotVisible
        return Person.objects.get(pk=pk)

    def endpoint(self, person_id: Any) -> Person:
        """Someone in the circle, the child included, who may be one end of a new relationship recorded on this
        child's record: a sibling the user may see can be; one the user may not see cannot."""
        pk = as_uuid(person_id)
        if pk not in self.members:
            raise NotVisible
        return Person.objects.get(pk=pk)

    def relationships(self) -> QuerySet[Relationship]:
        return (
            Relationship.objects.filter(person_a__in=self.members, person_b__in=self.members)
            .select_related("person_a", "person_b")
            .order_by("kind", "person_a__surname", "pk")
        )

    def relationship(self, relationship_id: Any) -> Relationship:
        found = self.relationships().filter(pk=as_uuid(relationship_id)).first()
        if found is None:
            raise NotVisible
        return found


def related_ids(child: Child) -> set[uuid.UUID]:
    """Everyone with a recorded relationship to the child, whoever may see them."""
    pairs = Relationship.objects.filter(Q(person_a=child.pk) | Q(person_b=child.pk)).values_list(
        "person_a", "person_b"
    )
    return {pk for pair in pairs for pk in pair} - {child.pk}


def circle_of(*, user: Any, child: Child) -> Circle:
    return _circle(user, child, related_ids(child))


def _circle(user: Any, child: Child, related: set[uuid.UUID]) -> Circle:
    children_among = set(Child.objects.filter(pk__in=related).values_list("pk", flat=True))
    hidden = {pk for pk in children_among if not may_see(user, pk)}
    return Circle(
        child, frozenset({child.pk} | (related - hidden)), frozenset(hidden), frozenset(children_among)
    )


@dataclass(frozen=True)
class PersonAround:
    person: Person
    relationship: Relationship
    other_names: list[PersonName]
    restricted: bool
    has_own_record: bool

    @property
    def to_child(self) -> bool:
        """True when the person is the child's <kind> (a parent), False when the child is theirs."""
        return self.relationship.person_a_id == self.person.pk


def people_around(*, user: Any, child: Child) -> tuple[list[PersonName], list[PersonAround]]:
    """The child's own other names, and each related person with the relationship and their other names, parents
    first; a sibling the user may not see is marked restricted and shown by name only."""
    relationships = list(
        Relationship.objects.filter(Q(person_a=child.pk) | Q(person_b=child.pk)).select_related(
            "person_a", "person_b"
        )
    )
    others = [r.person_a if r.person_b_id == child.pk else r.person_b for r in relationships]
    circle = _circle(user, child, {p.pk for p in others})
    names: dict[uuid.UUID, list[PersonName]] = {}
    for name in PersonName.objects.filter(person__in=circle.members).order_by("kind", "name"):
        names.setdefault(name.person_id, []).append(name)
    rows = [
        PersonAround(p, r, names.get(p.pk, []), p.pk in circle.hidden, p.pk in circle.other_children)
        for p, r in zip(others, relationships, strict=True)
    ]
    rank = {kind: i for i, kind in enumerate(RelationshipType.values)}
    rows.sort(key=lambda row: (rank[row.relationship.kind], row.person.surname, row.person.forename))
    return names.get(child.pk, []), rows
