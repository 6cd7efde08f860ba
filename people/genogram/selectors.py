"""The genogram of a child, built from the child's circle (people/circle.py) under the same access rule.

Nothing is keyed for the genogram: people, their sex, dates of birth and death come from the person records; the
lines from the relationships (kind, quality, how a partnership ended); households from shared addresses
(households.py). A sibling in care whom the user may not see appears by name only, with their relationship to
the child and nothing else: no sex, no dates, no address, no other relationship of theirs, no link.

Expects a child already cleared by access.guards.load_child (which audits the view).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils import dateformat

from people.circle import circle_of
from people.codes import Sex as PersonSex
from people.genogram.drawing import Drawing, draw
from people.genogram.households import Residence, households
from people.genogram.layout import layout_family
from people.genogram.model import (
    FamilyIn,
    GenerationHint,
    Layout,
    ParentKind,
    ParentLink,
    PersonIn,
    Quality,
    Sex,
    SiblingLink,
    Tie,
    UnionIn,
    UnionStatus,
)
from people.models import Child, PartnershipEnd, Person, Relationship, RelationshipType

SEX = {PersonSex.MALE: Sex.MALE, PersonSex.FEMALE: Sex.FEMALE}
ENDED = {PartnershipEnd.SEPARATED: UnionStatus.SEPARATED, PartnershipEnd.DIVORCED: UnionStatus.DIVORCED}
# How many generations person_a is above person_b, for kinds that say so without a parent link.
GENERATIONS_ABOVE = {
    RelationshipType.GRANDPARENT: 2,
    RelationshipType.AUNT_UNCLE: 1,
    RelationshipType.CARER: 1,
    RelationshipType.FRIEND: 0,
}


@dataclass(frozen=True)
class PersonRow:
    person: Person
    subject: bool
    restricted: bool
    in_care: bool
    opens_record: bool  # a child with a record of their own that this user may open
    household: int | None


@dataclass(frozen=True)
class RelationshipRow:
    relationship: Relationship
    person: PersonRow
    other: PersonRow
    words: str
    household: str


@dataclass(frozen=True)
class Genogram:
    child: Child
    layout: Layout
    drawing: Drawing
    people: tuple[PersonRow, ...]
    relationships: tuple[RelationshipRow, ...]
    households: tuple[tuple[int, tuple[str, ...]], ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.layout.warnings


def genogram_of(*, user: Any, child: Child) -> Genogram:
    circle = circle_of(user=user, child=child)
    everyone = circle.members | circle.hidden
    people = {p.pk: p for p in Person.objects.filter(pk__in=everyone)}
    records = {c.pk: c for c in Child.objects.filter(pk__in=everyone)}
    relationships = list(
        Relationship.objects.filter(
            Q(person_a__in=circle.members, person_b__in=circle.members)
            | Q(person_a=child.pk, person_b__in=circle.hidden)
            | Q(person_a__in=circle.hidden, person_b=child.pk)
        )
    )
    family = family_of(child, people, records, circle.hidden, relationships)
    layout = layout_family(family)
    numbers = {m: h.number for h in layout.households for m in h.members}
    rows = {
        pk: PersonRow(
            person=p,
            subject=pk == child.pk,
            restricted=pk in circle.hidden,
            in_care=pk not in circle.hidden and pk in records and bool(records[pk].legal_status),
            opens_record=pk in records and pk not in circle.hidden and pk != child.pk,
            household=numbers.get(str(pk)),
        )
        for pk, p in people.items()
    }
    name = child.person.full_name
    drawing = draw(
        layout,
        title=f"Genogram of {name}",
        description=(
            f"A family diagram of {len(people)} people in {layout.rows} generation{'s' if layout.rows != 1 else ''}, "
            "drawn from the relationships recorded. The genogram page lists the same people and relationships in tables."
        ),
    )
    rank = {kind: i for i, kind in enumerate(RelationshipType.values)}
    relationships.sort(
        key=lambda r: (
            r.person_a_id != child.pk and r.person_b_id != child.pk,
            rank[r.kind],
            people[r.person_a_id].surname,
            people[r.person_a_id].forename,
            str(r.pk),
        )
    )
    return Genogram(
        child=child,
        layout=layout,
        drawing=drawing,
        people=tuple(sorted(rows.values(), key=_person_order)),
        relationships=tuple(_row(r, rows) for r in relationships),
        households=tuple(
            (h.number, tuple(people[uuid.UUID(m)].full_name for m in h.members)) for h in layout.households
        ),
    )


def family_of(
    child: Child,
    people: dict[uuid.UUID, Person],
    records: dict[uuid.UUID, Child],
    hidden: frozenset[uuid.UUID],
    relationships: list[Relationship],
) -> FamilyIn:
    """The layout's input: who is in the family and how they are linked."""
    persons = []
    for pk, person in people.items():
        if pk in hidden:
            persons.append(PersonIn(str(pk), person.full_name, restricted=True))
            continue
        record = records.get(pk)
        persons.append(
            PersonIn(
                id=str(pk),
                label=person.full_name,
                sex=SEX.get(PersonSex(person.sex), Sex.OTHER),
                born=person.date_of_birth,
                deceased=person.date_of_death is not None,
                subject=pk == child.pk,
                in_care=record is not None and bool(record.legal_status),
            )
        )
    unions, parents, siblings, hints, ties = [], [], [], [], []
    for r in relationships:
        a, b, kind = str(r.person_a_id), str(r.person_b_id), r.kind
        if kind == RelationshipType.PARENT:
            parents.append(ParentLink(a, b, ParentKind.BIRTH))
        elif kind == RelationshipType.STEP_PARENT:
            parents.append(ParentLink(a, b, ParentKind.STEP))
        elif kind == RelationshipType.PARTNER:
            unions.append(UnionIn(a, b, UnionStatus.CURRENT))
        elif kind == RelationshipType.FORMER_PARTNER:
            unions.append(UnionIn(a, b, ENDED.get(PartnershipEnd(r.partnership_end), UnionStatus.ENDED)))
        elif kind in (RelationshipType.SIBLING, RelationshipType.HALF_SIBLING):
            siblings.append(SiblingLink(a, b, half=kind == RelationshipType.HALF_SIBLING))
        elif kind in GENERATIONS_ABOVE:
            hints.append(GenerationHint(a, b, GENERATIONS_ABOVE[RelationshipType(kind)]))
        if r.quality:
            ties.append(Tie(a, b, Quality(r.quality)))
    residences = [
        Residence(str(pk), p.address, p.postcode, deceased=p.date_of_death is not None)
        for pk, p in people.items()
        if pk not in hidden
    ]
    return FamilyIn(
        persons=tuple(persons),
        unions=tuple(unions),
        parents=tuple(parents),
        siblings=tuple(siblings),
        hints=tuple(hints),
        ties=tuple(ties),
        households=households(residences),
    )


def _person_order(row: PersonRow) -> tuple[bool, str, str, str]:
    return (not row.subject, row.person.surname, row.person.forename, str(row.person.pk))


def _row(r: Relationship, rows: dict[uuid.UUID, PersonRow]) -> RelationshipRow:
    person, other = rows[r.person_a_id], rows[r.person_b_id]
    words = f"{r.get_kind_display()} of {other.person.full_name}"
    if r.partnership_end:
        words += f" ({r.get_partnership_end_display().lower()})"
    if r.end_date:
        words += f", ended {dateformat.format(r.end_date, 'j F Y')}"
    if person.household is not None and person.household == other.household:
        household = f"Both in household H{person.household}"
    else:
        household = "Not recorded as living together"
    return RelationshipRow(r, person, other, words, household)
