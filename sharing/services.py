"""Writing the log of what was shared: checked (dates against the child's birth and today, the model's rules),
audited in the same transaction, and followed by the chronology entry (sharing/chronology_sources.py).

The case bundle importer calls these functions by name: keep their names and signatures."""

from __future__ import annotations

from datetime import date
from typing import Any, NoReturn

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.dateformat import format as date_format

from audit.actions import AuditAction
from audit.recording import delete_audited, save_audited
from audit.services import audit_record
from care.models import Placement
from lantern.child_records import check_dated
from network.models import NetworkMember
from sharing.models import SharedInformation


def _check_links(shared: SharedInformation) -> None:
    """The placement and the network member, when given, are this child's (checked before either is read)."""
    child_id = shared.child_id
    placement_id = shared.placement_id
    if placement_id is not None and not Placement.objects.filter(pk=placement_id, child_id=child_id).exists():
        raise ValidationError({"placement": "Choose one of this child's placements"})
    member_id = shared.member_id
    if member_id is not None and not NetworkMember.objects.filter(pk=member_id, child_id=child_id).exists():
        raise ValidationError({"member": "Choose someone in this child's network"})


def _fill_from_member(shared: SharedInformation) -> None:
    """The recipient is the member chosen in the network: their name and kind always come from the member, so that
    changing the member never leaves another recipient's name or kind (what counts as the carers' acknowledgement
    on the checklist is decided by the kind)."""
    member = shared.member
    if member is None:
        return
    shared.recipient = member.name[:200]
    shared.recipient_kind = member.agency_kind


@transaction.atomic
def shared_save(
    *, actor: Any, shared: SharedInformation, expected_version: int | None = None
) -> SharedInformation:
    child = shared.child
    check_dated(child=child, field="shared_on", day=shared.shared_on)
    check_dated(child=child, field="acknowledged_on", day=shared.acknowledged_on)
    _check_links(shared)
    _fill_from_member(shared)
    if not shared.recipient.strip():
        raise ValidationError({"recipient": "Enter who it was shared with, or choose them from the network"})
    if not shared.recipient_kind:
        raise ValidationError(
            {"recipient_kind": "Select the kind of recipient, or choose them from the network"}
        )
    if shared._state.adding and shared.shared_by_id is None and getattr(actor, "pk", None) is not None:
        shared.shared_by = actor
    return save_audited(
        actor=actor,
        instance=shared,
        child_id=child.pk,
        exclude=["child", "shared_by"],
        expected_version=expected_version,
    )


@transaction.atomic
def shared_acknowledge(
    *, actor: Any, shared: SharedInformation, on: date | None = None, by_name: str = ""
) -> SharedInformation:
    """The recipient acknowledges what was shared with them (on `on`, today by default; by `by_name`, the actor's
    name by default). Something already acknowledged is not acknowledged again."""
    if shared.acknowledged_on is not None:
        raise ValidationError(
            {
                "acknowledged_on": f"It was already acknowledged on {date_format(shared.acknowledged_on, 'j M Y')}"
                f"{f' by {shared.acknowledged_by}' if shared.acknowledged_by else ''}"
            }
        )
    shared.acknowledged_on = on or timezone.localdate()
    name = by_name.strip() or str(getattr(actor, "display_name", "") or "")
    shared.acknowledged_by = name[:200]
    return shared_save(actor=actor, shared=shared)


@transaction.atomic
def shared_delete(*, actor: Any, shared: SharedInformation, reason: str) -> None:
    if not reason.strip():
        raise ValidationError({"reason": "Give the reason for deleting it"})
    delete_audited(actor=actor, instance=shared, child_id=shared.child_id, reason=reason)


def refuse_acknowledgement(*, request: HttpRequest, child_id: Any, shared_id: Any) -> NoReturn:
    """Someone who may see the child but was not the recipient tries to acknowledge: an audited refusal, then 404
    (the page and the API alike)."""
    audit_record(
        actor=request.user,
        action=AuditAction.REFUSAL,
        request=request,
        object_type="sharedinformation",
        object_id=shared_id,
        child_id=child_id,
        reason="acknowledge: not the recipient",
    )
    raise Http404
