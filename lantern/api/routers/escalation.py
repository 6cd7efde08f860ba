"""The child's escalations between agencies for partner systems. The same access rule and needs as the pages
(escalation/views.py): reading needs Need.VIEW; raising one and adding a step need Need.CONTRIBUTE (the responsible
workers and every partner with a grant). Every write goes through escalation/services.py, which checks and audits
it."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Router, Status

from access.guards import Need, load_child
from accounts.models import User
from escalation import selectors, services
from escalation.models import Escalation
from lantern.api.schemas import ERRORS, WRITE_ERRORS
from lantern.api.schemas_escalation import EscalationIn, EscalationOut, StepIn
from lantern.api.serialise import worker_out
from risk.selectors import discussions_of

router = Router(tags=["escalation"])

_TEXT = ("raised_by_agency", "concerning_agency", "concern", "why_it_matters", "wanted_outcome", "resolution")


def _out(escalation: Escalation) -> dict[str, Any]:
    today = timezone.localdate()
    return {
        **{name: getattr(escalation, name) for name in _TEXT},
        "id": escalation.pk,
        "version": escalation.version,
        "raised_on": escalation.raised_on,
        "raised_by": worker_out(escalation.raised_by),
        "concerning_user": worker_out(escalation.concerning_user),
        "discussion_id": escalation.discussion_id,
        "stage": escalation.stage,
        "stage_started_on": escalation.stage_started_on,
        "stage_due_on": escalation.stage_due_on,
        "overdue": selectors.clock_of(escalation, today).overdue,
        "status": escalation.status,
        "closed_on": escalation.closed_on,
        "steps": [
            {
                "id": s.pk,
                "kind": s.kind,
                "stage": s.stage,
                "taken_on": s.taken_on,
                "by": worker_out(s.by),
                "agency": s.agency,
                "text": s.text,
                "due_on": s.due_on,
            }
            for s in escalation.steps.all()
        ],
    }


def _one(child: Any, escalation_id: UUID) -> Escalation:
    found = selectors.escalation_of(child, escalation_id)
    if found is None:
        raise Http404
    return found


@router.get(
    "/{child_id}/escalations",
    response={200: list[EscalationOut], **ERRORS},
    summary="The child's escalations between agencies, latest first, each with every step",
)
def list_escalations(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.VIEW)
    found = selectors.escalations_of(access.child).prefetch_related("steps__by__team")
    return [_out(e) for e in found]


@router.post(
    "/{child_id}/escalations",
    response={201: EscalationOut, **WRITE_ERRORS},
    summary="Raise a concern about another agency's action or inaction for the child, at stage 1 with its time "
    "limit; from a joint decision with dissent when discussion_id is given",
)
def raise_escalation(request: HttpRequest, child_id: UUID, payload: EscalationIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.CONTRIBUTE)
    discussion = None
    if payload.discussion_id is not None:
        discussion = discussions_of(access.child).filter(pk=payload.discussion_id).first()
        if discussion is None:
            raise ValidationError({"discussion_id": "No joint decision of this child has that id"})
    concerning_user = None
    if payload.concerning_user_id is not None:
        concerning_user = User.objects.filter(pk=payload.concerning_user_id, is_active=True).first()
        if concerning_user is None:
            raise ValidationError({"concerning_user_id": "No Lantern user has that id"})
    escalation = Escalation(
        child=access.child,
        concerning_agency=payload.concerning_agency,
        concerning_user=concerning_user,
        concern=payload.concern,
        why_it_matters=payload.why_it_matters,
        wanted_outcome=payload.wanted_outcome,
        discussion=discussion,
    )
    services.escalation_raise(actor=request.user, escalation=escalation, on=payload.raised_on)
    return Status(201, _out(_one(access.child, escalation.pk)))


@router.get(
    "/{child_id}/escalations/{escalation_id}",
    response={200: EscalationOut, **ERRORS},
    summary="One escalation with every step, its current stage and time limit",
)
def get_escalation(request: HttpRequest, child_id: UUID, escalation_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.VIEW)
    return _out(_one(access.child, escalation_id))


@router.post(
    "/{child_id}/escalations/{escalation_id}/steps",
    response={201: EscalationOut, **WRITE_ERRORS},
    summary="Add a step to an open escalation: a response, a move to the next stage, the resolution or the "
    "withdrawal. Steps are never changed; a closed escalation takes no more",
)
def add_step(
    request: HttpRequest, child_id: UUID, escalation_id: UUID, payload: StepIn
) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.CONTRIBUTE)
    escalation = _one(access.child, escalation_id)
    actor, text, on = request.user, payload.text, payload.taken_on
    if payload.kind == "response":
        services.escalation_respond(actor=actor, escalation=escalation, text=text, on=on)
    elif payload.kind == "next_stage":
        services.escalation_next_stage(actor=actor, escalation=escalation, why=text, on=on)
    elif payload.kind == "resolved":
        services.escalation_resolve(actor=actor, escalation=escalation, resolution=text, on=on)
    else:
        services.escalation_withdraw(actor=actor, escalation=escalation, why=text, on=on)
    return Status(201, _out(_one(access.child, escalation_id)))
