from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest
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
from people import selectors, services
from people.models import Relationship

router = Router(tags=["relationships"])


def _of_child(request: HttpRequest, child: Any, relationship_id: UUID) -> Relationship:
    found = selectors.relationships_of_child(child=child).filter(pk=relationship_id).first()
    if found is None:
        raise Http404
    return found


@router.get(
    "/{child_id}/relationships",
    response={200: list[RelationshipOut], **ERRORS},
    summary="Relationships with the child at one end",
)
def list_relationships(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id)
    return [relationship_out(r) for r in selectors.relationships_of_child(child=access.child)]


@router.post(
    "/{child_id}/relationships",
    response={201: RelationshipOut, **WRITE_ERRORS},
    summary="Record a relationship between two people around the child",
)
def create_relationship(
    request: HttpRequest, child_id: UUID, payload: RelationshipIn
) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    person_a = selectors.circle_person(child=access.child, person_id=payload.person_a_id, include_child=True)
    person_b = selectors.circle_person(child=access.child, person_id=payload.person_b_id, include_child=True)
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
    relationship = _of_child(request, access.child, relationship_id)
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
        actor=request.user, child=access.child, relationship=_of_child(request, access.child, relationship_id)
    )
    return Status(204, None)
