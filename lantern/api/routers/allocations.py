from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest
from ninja import Router, Status

from access.guards import Need, load_child
from casework import services
from casework.forms import local_authority_workers
from casework.selectors import allocations_of_child
from lantern.api.schemas import (
    ERRORS,
    WRITE_ERRORS,
    AllocationIn,
    AllocationOut,
    AllocationPatch,
)
from lantern.api.serialise import allocation_out

router = Router(tags=["allocations"])


@router.get(
    "/{child_id}/allocations",
    response={200: list[AllocationOut], **ERRORS},
    summary="Every allocation of the child, newest first",
)
def list_allocations(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id)
    return [allocation_out(a) for a in allocations_of_child(child=access.child)]


@router.post(
    "/{child_id}/allocations",
    response={201: AllocationOut, **WRITE_ERRORS},
    summary="Allocate a worker",
)
def create_allocation(request: HttpRequest, child_id: UUID, payload: AllocationIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.ALLOCATE)
    worker = local_authority_workers().filter(pk=payload.worker_id).first()
    if worker is None:
        raise Http404
    allocation = services.allocation_create(
        actor=request.user,
        child=access.child,
        worker=worker,
        role=payload.role,
        start_date=payload.start_date,
        end_date=payload.end_date,
        end_reason=payload.end_reason or "",
    )
    return Status(201, allocation_out(allocation))


@router.patch(
    "/{child_id}/allocations/{allocation_id}",
    response={200: AllocationOut, **WRITE_ERRORS},
    summary="End or change an allocation",
)
def update_allocation(
    request: HttpRequest, child_id: UUID, allocation_id: UUID, payload: AllocationPatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.ALLOCATE)
    allocation = allocations_of_child(child=access.child).filter(pk=allocation_id).first()
    if allocation is None:
        raise Http404
    services.allocation_update(
        actor=request.user, allocation=allocation, data=payload.dict(exclude_unset=True)
    )
    return allocation_out(allocation)
