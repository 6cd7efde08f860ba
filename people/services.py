"""Writes to children, people, names and relationships. Each validates, saves and audits in one transaction."""

from __future__ import annotations

import secrets
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from audit.diff import changes, snapshot
from audit.recording import EditConflict, delete_audited, save_audited
from casework.models import Allocation, AllocationRole
from lantern.assign import assign_fields
from people.models import Child, Person, PersonName, Relationship

PERSON_FIELDS = (
    "forename",
    "surname",
    "date_of_birth",
    "date_of_birth_estimated",
    "date_of_death",
    "sex",
    "gender_identity",
    "ethnicity",
    "nhs_number",
    "address",
    "postcode",
    "phone",
    "notes",
)
CHILD_FIELDS = (
    "local_id",
    "upn",
    "upn_unknown",
    "legal_status",
    "legal_status_since",
    "looked_after_since",
    "uasc",
    "uasc_ceased_on",
)


def _new_local_id() -> str:
    while True:
        candidate = f"{secrets.randbelow(10**9):09d}"
        if not Child.objects.filter(local_id=candidate).exists():
            return candidate


@transaction.atomic
def child_create(*, actor: Any, data: dict[str, Any], worker: Any, start_date: date | None = None) -> Child:
    """Create a child and allocate the first worker, so that the child is never without someone responsible."""
    person = Person()
    assign_fields(person, data, PERSON_FIELDS)
    child = Child()
    assign_fields(child, data, CHILD_FIELDS)
    if not child.local_id:
        child.local_id = _new_local_id()
    child.person = person
    child.full_clean(exclude=["person"])
    save_audited(actor=actor, instance=person, child_id=person.pk)
    child.person = person
    save_audited(actor=actor, instance=child, child_id=person.pk)
    save_audited(
        actor=actor,
        instance=Allocation(
            child=child,
            worker=worker,
            role=AllocationRole.SOCIAL_WORKER,
            start_date=start_date or timezone.localdate(),
        ),
        child_id=child.pk,
    )
    return child


@transaction.atomic
def child_update(*, actor: Any, child: Child, data: dict[str, Any]) -> Child:
    """Change a child's identity. `data` may carry the versions the user opened ("version" of the person,
    "child_version" of the child record); a change made by someone else since is refused (EditConflict)."""
    person_before = snapshot(Person.objects.get(pk=child.pk))
    child_before = snapshot(Child.objects.get(pk=child.pk))
    assign_fields(child.person, data, PERSON_FIELDS)
    assign_fields(child, data, CHILD_FIELDS)
    child.full_clean(exclude=["person"])
    try:
        save_audited(
            actor=actor, instance=child.person, child_id=child.pk, expected_version=data.get("version")
        )
        save_audited(
            actor=actor, instance=child, child_id=child.pk, expected_version=data.get("child_version")
        )
    except EditConflict as conflict:
        # Refused as a whole: keep every change the user asked for, identity and child record alike.
        attempted = {
            **changes(person_before, snapshot(child.person)),
            **changes(child_before, snapshot(child)),
        }
        raise EditConflict(
            instance=conflict.instance,
            child_id=child.pk,
            attempted={k: v for k, v in attempted.items() if k not in ("version", "updated_at")},
        ) from conflict
    return child


@transaction.atomic
def person_create(*, actor: Any, child: Child, data: dict[str, Any]) -> Person:
    """Add someone in the child's life. The relationship to the child is recorded separately."""
    person = Person()
    assign_fields(person, data, PERSON_FIELDS)
    return save_audited(actor=actor, instance=person, child_id=child.pk)


@transaction.atomic
def person_update(*, actor: Any, child: Child, person: Person, data: dict[str, Any]) -> Person:
    assign_fields(person, data, PERSON_FIELDS)
    return save_audited(actor=actor, instance=person, child_id=child.pk, expected_version=data.get("version"))


@transaction.atomic
def person_name_add(*, actor: Any, child: Child, person: Person, kind: str, name: str) -> PersonName:
    return save_audited(
        actor=actor,
        instance=PersonName(person=person, kind=kind, name=" ".join(name.split())),
        child_id=child.pk,
    )


@transaction.atomic
def person_name_delete(*, actor: Any, child: Child, name: PersonName) -> None:
    delete_audited(actor=actor, instance=name, child_id=child.pk)


RELATIONSHIP_FIELDS = (
    "kind",
    "parental_responsibility",
    "description",
    "start_date",
    "end_date",
    "quality",
    "partnership_end",
)


@transaction.atomic
def relationship_create(
    *, actor: Any, child: Child, person_a: Person, person_b: Person, data: dict[str, Any]
) -> Relationship:
    relationship = Relationship(person_a=person_a, person_b=person_b)
    assign_fields(relationship, data, RELATIONSHIP_FIELDS)
    return save_audited(actor=actor, instance=relationship, child_id=child.pk)


@transaction.atomic
def relationship_update(
    *, actor: Any, child: Child, relationship: Relationship, data: dict[str, Any]
) -> Relationship:
    assign_fields(relationship, data, RELATIONSHIP_FIELDS)
    return save_audited(
        actor=actor, instance=relationship, child_id=child.pk, expected_version=data.get("version")
    )


@transaction.atomic
def relationship_delete(*, actor: Any, child: Child, relationship: Relationship) -> None:
    delete_audited(actor=actor, instance=relationship, child_id=child.pk)
