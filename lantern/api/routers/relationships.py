from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Router, Status

from access.guards import Need, load_child
from lantern.api.schemas import (
    ERRORS,
    WRITE_ERRORS,
    RelationshipIn,
    RelationshipOut,
    RelationshipPatch,
)
from lantern.api.serialise import relationship_out
from people import services
from people.circle import circle_of

router = Router(tags=["relationships"])


@router.get(
    "/{child_id}/relationships",
    response={200: list[RelationshipOut], **ERRORS},
    summary="Relationships among the people around the child (a sibling the caller may not see is left out)",
)
def list_relationships(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id)
    return [relationship_out(r) for r in circle_of(user=request.user, child=access.child).relationships()]


@router.post(
    "/{child_id}/relationships",
    response={201: RelationshipOut, **WRITE_ERRORS},
    summary="Record a relationship between two people around the child",
)
def create_relationship(
    request: HttpRequest, child_id: UUID, payload: RelationshipIn
) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    circle = circle_of(user=request.user, child=access.child)
    person_a = circle.endpoint(payload.person_a_id)
    person_b = circle.endpoint(payload.person_b_id)
    relationship = services.relationship_create(
        actor=request.user,
        child=access.child,
        person_a=person_a,
        person_b=person_b,
        data=payload.dict(),
    )
    return Status(201, relationship_out(relationship))


@router.patch(
    "/{child_id}/relationships/{relationship_id}",
    response={200: RelationshipOut, **WRITE_ERRORS},
    summary="Change a relationship",
)
def update_relationship(
    request: HttpRequest, child_id: UUID, relationship_id: UUID, payload: RelationshipPatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.EDIT)
    relationship = circle_of(user=request.user, child=access.child).relationship(relationship_id)
    services.relationship_update(
        actor=request.user,
        child=access.child,
        relationship=relationship,
        data=payload.dict(exclude_unset=True),
    )
    return relationship_out(relationship)


@router.delete(
    "/{child_id}/relationships/{relationship_id}",
    response={204: None, **ERRORS},
    summary="Remove a relationship",
)
def delete_relationship(request: HttpRequest, child_id: UUID, relationship_id: UUID) -> Status[None]:
    access = load_child(request, child_id, need=Need.EDIT)
    services.relationship_delete(
        actor=request.user,
        child=access.child,
        relationship=circle_of(user=request.user, child=access.child).relationship(relationship_id),
    )
    return Status(204, None)
