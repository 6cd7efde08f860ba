"""What was shared with the child's carers and partners, for partner systems: the log, recording and correcting
it, the recipient's acknowledgement, and the sharing checklist of a placement. The same access rule and needs as
the pages (sharing/views.py): reading needs Need.VIEW, writing Need.EDIT; an acknowledgement needs
Need.CONTRIBUTE and is refused (404) to anyone but the recipient and the responsible workers. Every write goes
through sharing/services.py, which checks and audits it."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Router, Status

from access.guards import Need, load_child
from care.models import Placement
from lantern.api.schemas import ERRORS, WRITE_ERRORS
from lantern.api.schemas_sharing import ChecklistOut, SharedIn, SharedOut, SharedPatch
from lantern.api.serialise import worker_out
from sharing import selectors
from sharing.models import Item, SharedInformation
from sharing.services import refuse_acknowledgement, shared_acknowledge, shared_save

router = Router(tags=["sharing"])

_NAMES = {"placement": "placement_id", "member": "member_id"}
_TEXT = ("description", "recipient", "acknowledged_by", "notes")


def _shared_out(shared: SharedInformation) -> dict[str, Any]:
    waiting = None
    if shared.acknowledged_on is None:
        waiting = max((timezone.localdate() - shared.shared_on).days, 0)
    return {
        "id": shared.pk,
        "version": shared.version,
        "placement_id": shared.placement_id,
        "item": shared.item,
        "item_label": shared.description if shared.item == Item.OTHER else shared.get_item_display(),
        "description": shared.description,
        "member_id": shared.member_id,
        "recipient": shared.recipient,
        "recipient_kind": shared.recipient_kind,
        "shared_on": shared.shared_on,
        "method": shared.method,
        "shared_by": worker_out(shared.shared_by),
        "acknowledged_on": shared.acknowledged_on,
        "acknowledged_by": shared.acknowledged_by,
        "waiting_days": waiting,
        "notes": shared.notes,
    }


def _renamed(error: ValidationError) -> ValidationError:
    if not hasattr(error, "error_dict"):
        return error
    return ValidationError({_NAMES.get(field, field): errors for field, errors in error.error_dict.items()})


def _save(request: HttpRequest, shared: SharedInformation, version: int | None = None) -> None:
    try:
        shared_save(actor=request.user, shared=shared, expected_version=version)
    except ValidationError as error:
        raise _renamed(error) from error


def _shared_of(child: Any, shared_id: UUID) -> SharedInformation:
    shared = selectors.log_of(child).select_related("shared_by__team").filter(pk=shared_id).first()
    if shared is None:
        raise Http404
    return shared


@router.get(
    "/{child_id}/information-shared",
    response={200: list[SharedOut], **ERRORS},
    summary="What was shared with the child's carers and partners, when, how, and whether they acknowledged it; "
    "latest first",
)
def list_shared(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.VIEW)
    return [_shared_out(s) for s in selectors.log_of(access.child).select_related("shared_by__team")]


@router.post(
    "/{child_id}/information-shared",
    response={201: SharedOut, **WRITE_ERRORS},
    summary="Record that something was shared with a carer or partner (choosing member_id fills the recipient)",
)
def create_shared(request: HttpRequest, child_id: UUID, payload: SharedIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    data = payload.dict()
    data["recipient_kind"] = data["recipient_kind"] or ""
    shared = SharedInformation(child=access.child, **data)
    _save(request, shared)
    return Status(201, _shared_out(shared))


@router.patch(
    "/{child_id}/information-shared/{shared_id}",
    response={200: SharedOut, **WRITE_ERRORS},
    summary="Correct a record of information shared, or record its acknowledgement",
)
def update_shared(
    request: HttpRequest, child_id: UUID, shared_id: UUID, payload: SharedPatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.EDIT)
    shared = _shared_of(access.child, shared_id)
    changes = payload.dict(exclude_unset=True)
    version = changes.pop("version", None)
    if "acknowledged_on" in changes and changes["acknowledged_on"] is None:
        changes["acknowledged_by"] = ""  # clearing the acknowledgement clears who made it
    for name, value in changes.items():
        if value is None and (name in _TEXT or name in ("item", "method", "recipient_kind", "shared_on")):
            value = "" if name != "shared_on" else shared.shared_on  # a required value cannot be cleared
        setattr(shared, name, value)
    _save(request, shared, version)
    return _shared_out(shared)


@router.post(
    "/{child_id}/information-shared/{shared_id}/acknowledgement",
    response={200: SharedOut, **WRITE_ERRORS},
    summary="The recipient acknowledges, today, what was shared with them (or a responsible worker records it "
    "for them)",
)
def acknowledge_shared(request: HttpRequest, child_id: UUID, shared_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.CONTRIBUTE)
    shared = _shared_of(access.child, shared_id)
    if not selectors.may_acknowledge(request.user, shared, responsible=access.may_edit):
        refuse_acknowledgement(request=request, child_id=access.child.pk, shared_id=shared_id)
    own = shared.member is not None and shared.member.user_id == request.user.pk
    by_name = "" if own else f"{shared.recipient} (recorded by {request.user.display_name})"  # type: ignore[union-attr]
    shared_acknowledge(actor=request.user, shared=shared, by_name=by_name)
    return _shared_out(shared)


@router.get(
    "/{child_id}/placements/{placement_id}/sharing-checklist",
    response={200: ChecklistOut, **ERRORS},
    summary="The sharing checklist of a placement: what its carers (and the host authority, out of borough) "
    "were given and acknowledged, and the due date",
)
def placement_checklist(request: HttpRequest, child_id: UUID, placement_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.VIEW)
    placement = Placement.objects.filter(child=access.child, pk=placement_id).first()
    if placement is None:
        raise Http404
    found = selectors.checklist_of(placement, today=timezone.localdate())
    return {
        "placement_id": placement.pk,
        "start_date": placement.start_date,
        "due_on": found.due_on,
        "complete": found.complete,
        "overdue": found.overdue,
        "not_chased": found.not_chased,
        "items": [
            {
                "item": line.item,
                "label": line.heading,
                "recipient_kind": line.recipient_kind,
                "state": line.state,
                "shared_on": line.shared_on,
                "acknowledged_on": line.acknowledged_on,
                "due_on": line.due_on,
            }
            for line in found.lines
        ],
    }
