from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import Field

from access.guards import Need, load_child, may_list_children
from access.permissions import may_create_child
from access.selectors import visible_children
from audit.services import audit_search_hits
from casework.forms import local_authority_workers
from lantern.api.schemas import ERRORS, WRITE_ERRORS, ChildIn, ChildOut, ChildPatch, Text
from lantern.api.serialise import child_out
from people import selectors, services
from people.services import CHILD_FIELDS, PERSON_FIELDS

router = Router(tags=["children"])


class ChildListParams(Schema):
    q: Text = Field("", max_length=100, description="Name, other name, local ID, UPN or NHS number")
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0, le=1_000_000)


class ChildPage(Schema):
    count: int
    items: list[ChildOut]


@router.get("", response={200: ChildPage, **ERRORS}, summary="Children the caller may see")
def list_children(request: HttpRequest, params: Query[ChildListParams]) -> dict[str, Any]:
    if not may_list_children(request.user):
        return {"count": 0, "items": []}
    if params.q.strip():
        queryset = selectors.child_search(user=request.user, query=params.q)
    else:
        queryset = visible_children(request.user).select_related("person").order_by("person__surname", "pk")
    count = queryset.count()
    items = list(
        queryset.prefetch_related("person__other_names")[params.offset : params.offset + params.limit]
    )
    audit_search_hits(
        actor=request.user,
        request=request,
        children=items,
        reason=f"api list{': ' + params.q if params.q else ''}",
    )
    return {"count": count, "items": [child_out(c) for c in items]}


@router.post("", response={201: ChildOut, **WRITE_ERRORS}, summary="Add a child")
def create_child(request: HttpRequest, payload: ChildIn) -> Status[dict[str, Any]]:
    if not may_create_child(request.user):
        raise Http404
    data = payload.dict()
    worker = request.user
    if payload.worker_id is not None:
        found = local_authority_workers().filter(pk=payload.worker_id).first()
        if found is None:
            raise Http404
        worker = found
    data = {k: v for k, v in data.items() if k in PERSON_FIELDS or k in CHILD_FIELDS}
    child = services.child_create(actor=request.user, data=data, worker=worker)
    return Status(201, child_out(child))


@router.get("/{child_id}", response={200: ChildOut, **ERRORS}, summary="One child")
def get_child(request: HttpRequest, child_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id)
    return child_out(access.child)


@router.patch("/{child_id}", response={200: ChildOut, **WRITE_ERRORS}, summary="Change a child")
def update_child(request: HttpRequest, child_id: UUID, payload: ChildPatch) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.EDIT)
    data = payload.dict(exclude_unset=True)
    data["child_version"], data["version"] = data.pop("version", None), data.pop("person_version", None)
    services.child_update(actor=request.user, child=access.child, data=data)
    return child_out(access.child)
