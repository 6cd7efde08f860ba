"""The child's care record (periods of care, legal statuses, placements) and looked-after reviews, for partner
systems. The same access rule and needs as the pages, and the same services: what the pages refuse because the
SSDA903 return would reject it (care/entry_rules.py) is refused here with 400 and the same messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404, HttpRequest
from ninja import Router, Schema, Status

from access.guards import Need, load_child
from accounts.models import User
from accounts.roles import Role
from care.models import PLACEMENT_FIELDS, CarerProvider, LegalStatusRecord, PeriodOfCare, Placement
from care.services import care_record_save
from casework.services import review_save
from casework.statutory_records import LookedAfterReview
from lantern.api.schemas import ERRORS, WRITE_ERRORS
from lantern.api.schemas_care import (
    LegalStatusIn,
    LegalStatusOut,
    LegalStatusPatch,
    PeriodOfCareIn,
    PeriodOfCareOut,
    PeriodOfCarePatch,
    PlacementIn,
    PlacementOut,
    PlacementPatch,
    ReviewIn,
    ReviewOut,
    ReviewPatch,
)
from lantern.assign import assign_fields

router = Router(tags=["care record"])

_PERIOD_FIELDS = ("start_date", "category_of_need", "end_date", "end_reason")
_STATUS_FIELDS = ("code", "start_date", "end_date")
_PLACEMENT_FIELDS = tuple(f for f in PLACEMENT_FIELDS if f != "carer_record")
_REVIEW_FIELDS = ("held_on", "participation", "notes")


def _out(record: Any, names: tuple[str, ...], **more: Any) -> dict[str, Any]:
    fields = {name: getattr(record, name) for name in names}
    return {"id": record.pk, "version": record.version, **fields, **more}


def _period_out(period: PeriodOfCare) -> dict[str, Any]:
    return _out(period, _PERIOD_FIELDS)


def _status_out(status: LegalStatusRecord) -> dict[str, Any]:
    return _out(status, _STATUS_FIELDS)


def _placement_out(placement: Placement) -> dict[str, Any]:
    return _out(placement, _PLACEMENT_FIELDS, carer_id=placement.carer_record_id)


def _review_out(review: LookedAfterReview) -> dict[str, Any]:
    return _out(review, _REVIEW_FIELDS, iro_id=review.iro_id)


def _record_of(model: type[models.Model], child: Any, record_id: UUID) -> Any:
    record = model._default_manager.filter(child=child, pk=record_id).first()
    if record is None:
        raise Http404
    return record


def _required(record: models.Model, name: str) -> bool:
    field: Any = record._meta.get_field(name)
    return not field.null and not (isinstance(field, models.CharField | models.TextField) and field.blank)


def _changes(payload: Schema, record: models.Model, names: tuple[str, ...]) -> int | None:
    """Apply a PATCH: a field left out keeps its value, and so does a required one sent as null (there is nothing
    to clear); null clears an optional one. Returns the version the caller read."""
    data = payload.dict(exclude_unset=True)
    version: int | None = data.pop("version", None)
    data = {n: v for n, v in data.items() if not (v is None and n in names and _required(record, n))}
    assign_fields(record, data, names)
    return version


def _carer_entry(record: Placement, data: dict[str, Any]) -> None:
    if "carer_id" not in data:
        return
    if data["carer_id"] is None:
        record.carer_record = None
        return
    entry = CarerProvider.objects.filter(pk=data["carer_id"]).first()
    if entry is None:
        raise ValidationError({"carer_id": "No carer or provider on the register has that id"})
    record.carer_record = entry


def _iro(data: dict[str, Any], review: LookedAfterReview) -> None:
    if "iro_id" not in data:
        return
    if data["iro_id"] is None:
        review.iro = None
        return
    kept = Q(pk=review.iro_id) if review.iro_id else Q(pk__in=[])
    iro = User.objects.filter(Q(is_active=True, role=Role.IRO) | kept, pk=data["iro_id"]).first()
    if iro is None:
        raise ValidationError({"iro_id": "No independent reviewing officer has that id"})
    review.iro = iro


def _save(record: Any, request: HttpRequest, version: int | None = None) -> None:
    if isinstance(record, LookedAfterReview):
        review_save(actor=request.user, review=record, expected_version=version)
    else:
        care_record_save(actor=request.user, record=record, expected_version=version)


def _listed(
    request: HttpRequest,
    child_id: UUID,
    model: type[models.Model],
    order: str,
    out: Callable[..., Any],
    need: Need = Need.VIEW,
) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=need)
    return [out(r) for r in model._default_manager.filter(child=access.child).order_by(order)]


@router.get(
    "/{child_id}/periods-of-care",
    response={200: list[PeriodOfCareOut], **ERRORS},
    summary="The child's periods of care, latest first",
)
def list_periods(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    return _listed(request, child_id, PeriodOfCare, "-start_date", _period_out)


@router.post(
    "/{child_id}/periods-of-care",
    response={201: PeriodOfCareOut, **WRITE_ERRORS},
    summary="Record that the child became looked after (400 if it overlaps another period, starts before the "
    "child's birth or on or after their 18th birthday)",
)
def create_period(request: HttpRequest, child_id: UUID, payload: PeriodOfCareIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    period = PeriodOfCare(child=access.child)
    assign_fields(period, payload.dict(), _PERIOD_FIELDS)
    _save(period, request)
    return Status(201, _period_out(period))


@router.patch(
    "/{child_id}/periods-of-care/{period_id}",
    response={200: PeriodOfCareOut, **WRITE_ERRORS},
    summary="End or correct a period of care (400 if its legal statuses, placements or reviews would fall outside)",
)
def update_period(
    request: HttpRequest, child_id: UUID, period_id: UUID, payload: PeriodOfCarePatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.EDIT)
    period = _record_of(PeriodOfCare, access.child, period_id)
    _save(period, request, _changes(payload, period, _PERIOD_FIELDS))
    return _period_out(period)


@router.get(
    "/{child_id}/legal-statuses",
    response={200: list[LegalStatusOut], **ERRORS},
    summary="The child's legal statuses, latest first",
)
def list_statuses(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    return _listed(request, child_id, LegalStatusRecord, "-start_date", _status_out)


@router.post(
    "/{child_id}/legal-statuses",
    response={201: LegalStatusOut, **WRITE_ERRORS},
    summary="Record a legal status (400 if it overlaps another, falls outside a period of care, or does not fit the "
    "child's age or its own time limit)",
)
def create_status(request: HttpRequest, child_id: UUID, payload: LegalStatusIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    status = LegalStatusRecord(child=access.child)
    assign_fields(status, payload.dict(), _STATUS_FIELDS)
    _save(status, request)
    return Status(201, _status_out(status))


@router.patch(
    "/{child_id}/legal-statuses/{legal_status_id}",
    response={200: LegalStatusOut, **WRITE_ERRORS},
    summary="End or correct a legal status",
)
def update_status(
    request: HttpRequest, child_id: UUID, legal_status_id: UUID, payload: LegalStatusPatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.EDIT)
    status = _record_of(LegalStatusRecord, access.child, legal_status_id)
    _save(status, request, _changes(payload, status, _STATUS_FIELDS))
    return _status_out(status)


@router.get(
    "/{child_id}/placements",
    response={200: list[PlacementOut], **ERRORS},
    summary="The child's placements, latest first",
)
def list_placements(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    return _listed(request, child_id, Placement, "-start_date", _placement_out)


@router.post(
    "/{child_id}/placements",
    response={201: PlacementOut, **WRITE_ERRORS},
    summary="Record a placement (400 if it overlaps another, falls outside a period of care, has a retired type or "
    "one the child is too young for, or a provider that cannot provide it)",
)
def create_placement(request: HttpRequest, child_id: UUID, payload: PlacementIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    placement = Placement(child=access.child)
    data = payload.dict()
    assign_fields(placement, data, _PLACEMENT_FIELDS)
    _carer_entry(placement, data)
    _save(placement, request)
    return Status(201, _placement_out(placement))


@router.patch(
    "/{child_id}/placements/{placement_id}",
    response={200: PlacementOut, **WRITE_ERRORS},
    summary="End or correct a placement",
)
def update_placement(
    request: HttpRequest, child_id: UUID, placement_id: UUID, payload: PlacementPatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.EDIT)
    placement = _record_of(Placement, access.child, placement_id)
    version = _changes(payload, placement, _PLACEMENT_FIELDS)
    _carer_entry(placement, payload.dict(exclude_unset=True))
    _save(placement, request, version)
    return _placement_out(placement)


@router.get(
    "/{child_id}/reviews",
    response={200: list[ReviewOut], **ERRORS},
    summary="The child's looked-after reviews, latest first",
)
def list_reviews(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    return _listed(request, child_id, LookedAfterReview, "-held_on", _review_out, need=Need.STAFF)


@router.post(
    "/{child_id}/reviews",
    response={201: ReviewOut, **WRITE_ERRORS},
    summary="Record a looked-after review (400 if the child was not looked after that day, or the participation "
    "code does not fit their age)",
)
def create_review(request: HttpRequest, child_id: UUID, payload: ReviewIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    review = LookedAfterReview(child=access.child)
    data = payload.dict()
    assign_fields(review, data, _REVIEW_FIELDS)
    _iro(data, review)
    _save(review, request)
    return Status(201, _review_out(review))


@router.patch(
    "/{child_id}/reviews/{review_id}",
    response={200: ReviewOut, **WRITE_ERRORS},
    summary="Correct a looked-after review",
)
def update_review(
    request: HttpRequest, child_id: UUID, review_id: UUID, payload: ReviewPatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.EDIT)
    review = _record_of(LookedAfterReview, access.child, review_id)
    version = _changes(payload, review, _REVIEW_FIELDS)
    _iro(payload.dict(exclude_unset=True), review)
    _save(review, request, version)
    return _review_out(review)
