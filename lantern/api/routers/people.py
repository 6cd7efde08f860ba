from __future__ import annotations

from typing import Any
from uuid import UUID

from django.db import transaction
from django.http import HttpRequest
from ninja import Router, Status

from access.guards import Need, load_child
from lantern.api.schemas import (
    ERRORS,
    WRITE_ERRORS,
    PersonOut,
    PersonPatch,
    PersonWithRelationship,
    RelatedPersonIn,
)
from lantern.api.serialise import person_out, relationship_out
from people import services
from people.circle import circle_of, people_around
from people.services import PERSON_FIELDS

router = Router(tags=["people"])


@router.get(
    "/{child_id}/people",
    response={200: list[PersonWithRelationship], **ERRORS},
    summary="The people around a child, each with their relationship to the child; a sibling the caller may "
    "not see is restricted: name only",
)
def list_people(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id)
    _, around = people_around(user=request.user, child=access.child)
    return [
        {
            "person": person_out(row.person, names=row.other_names, restricted=row.restricted),
            "relationship": relationship_out(row.relationship),
        }
        for row in around
    ]


@router.post(
    "/{child_id}/people",
    response={201: PersonWithRelationship, **WRITE_ERRORS},
    summary="Add a person in the child's life and their relationship to the child",
)
def create_person(request: HttpRequest, child_id: UUID, payload: RelatedPersonIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    data = payload.dict()
    with transaction.atomic():
        person = services.person_create(
            actor=request.user, child=access.child, data={k: v for k, v in data.items() if k in PERSON_FIELDS}
        )
        relationship = services.relationship_create(
            actor=request.user,
            child=access.child,
            person_a=person,
            person_b=access.child.person,
            data={k: data[k] for k in ("kind", "parental_responsibility", "description")},
        )
    return Status(201, {"person": person_out(person), "relationship": relationship_out(relationship)})


@router.get("/{child_id}/people/{person_id}", response={200: PersonOut, **ERRORS}, summary="One person")
def get_person(request: HttpRequest, child_id: UUID, person_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id)
    return person_out(circle_of(user=request.user, child=access.child).person(person_id))


@router.patch(
    "/{child_id}/people/{person_id}",
    response={200: PersonOut, **WRITE_ERRORS},
    summary="Change a person",
)
def update_person(
    request: HttpRequest, child_id: UUID, person_id: UUID, payload: PersonPatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.EDIT)
    person = circle_of(user=request.user, child=access.child).person(person_id)
    services.person_update(
        actor=request.user, child=access.child, person=person, data=payload.dict(exclude_unset=True)
    )
    return person_out(person)
