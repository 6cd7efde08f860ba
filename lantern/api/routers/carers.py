"""The carer and provider register for partner systems and the authority's own tools, with the same roles as the
pages (care/register_views.py): the authority's staff read it, team managers and administrators change it, and
everyone else gets 404 (audited). Entries name no child, so nothing here lists children."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema, Status
from pydantic import Field

from audit.actions import AuditAction
from audit.services import audit_record
from care.models import CarerKind, CarerProvider, RegisterStatus, Skill
from care.register_listing import RegisterFilter, RegisterRow, register_rows
from care.register_selectors import current_placements, placement_record_of
from care.register_services import carer_save
from care.register_views import guard_register
from lantern.api.schemas import ERRORS, WRITE_ERRORS, Text
from lantern.api.schemas_carers import CarerIn, CarerOut, CarerPage, CarerPatch

router = Router(tags=["carers"])

_FIELDS = tuple(CarerIn.model_fields)
_OPTIONAL = frozenset(
    {"easting", "northing", "approved_on", "ofsted_urn"}
)  # null clears these; other fields keep their value
_BLANK_WHEN_CLEARED = frozenset({"ofsted_urn"})  # text fields stored as "" rather than null


class CarerListParams(Schema):
    kind: CarerKind | None = None
    status: RegisterStatus | None = None
    vacancy: bool = Field(False, description="Only entries taking placements with a place free today")
    skill: Skill | None = None
    area: Text = Field("", max_length=100, description="Part of the town or district")
    age: int | None = Field(None, ge=0, le=25, description="Only entries approved for a child of this age")
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0, le=1_000_000)


def _out(row: RegisterRow) -> dict[str, Any]:
    carer, record = row.carer, row.record
    return {
        **{name: getattr(carer, name) for name in _FIELDS},
        "id": carer.pk,
        "version": carer.version,
        "current": row.current,
        "vacancies": row.vacancies,
        "record": {
            "total": record.total,
            "ended": record.ended,
            "unplanned": record.unplanned,
            "unplanned_share": record.unplanned_share,
        },
    }


def _row(carer: CarerProvider) -> RegisterRow:
    today = timezone.localdate()
    return RegisterRow(carer, current_placements(carer.pk, today).count(), placement_record_of(carer.pk))


def _entry(carer_id: UUID) -> CarerProvider:
    carer = CarerProvider.objects.filter(pk=carer_id).first()
    if carer is None:
        raise Http404
    return carer


@router.get("", response={200: CarerPage, **ERRORS}, summary="The register, by name, filtered as the page is")
def list_carers(request: HttpRequest, params: Query[CarerListParams]) -> dict[str, Any]:
    guard_register(request)
    wanted = RegisterFilter(
        kind=params.kind or "",
        status=params.status or "",
        vacancy=params.vacancy,
        skill=params.skill or "",
        area=params.area,
        age=params.age,
    )
    rows = register_rows(wanted, timezone.localdate())
    audit_record(
        actor=request.user, action=AuditAction.SEARCH, request=request, object_type="carer", reason="api list"
    )
    return {
        "count": len(rows),
        "items": [_out(r) for r in rows[params.offset : params.offset + params.limit]],
    }


@router.post("", response={201: CarerOut, **WRITE_ERRORS}, summary="Add a carer or provider to the register")
def create_carer(request: HttpRequest, payload: CarerIn) -> Status[dict[str, Any]]:
    guard_register(request, edit=True)
    data = payload.dict()
    data["skills"] = [str(s) for s in data["skills"]]
    data["support"] = [str(s) for s in data["support"]]
    carer = carer_save(actor=request.user, carer=CarerProvider(**data))
    return Status(201, _out(_row(carer)))


@router.get(
    "/{carer_id}",
    response={200: CarerOut, **ERRORS},
    summary="One carer or provider, with its vacancies today and its record of placements",
)
def get_carer(request: HttpRequest, carer_id: UUID) -> dict[str, Any]:
    guard_register(request, carer_id=carer_id)
    carer = _entry(carer_id)
    audit_record(
        actor=request.user, action=AuditAction.VIEW, request=request, object_type="carer", object_id=carer.pk
    )
    return _out(_row(carer))


@router.patch("/{carer_id}", response={200: CarerOut, **WRITE_ERRORS}, summary="Change a carer or provider")
def update_carer(request: HttpRequest, carer_id: UUID, payload: CarerPatch) -> dict[str, Any]:
    guard_register(request, edit=True, carer_id=carer_id)
    carer = _entry(carer_id)
    changes = payload.dict(exclude_unset=True)
    version = changes.pop("version", None)
    for name, value in changes.items():
        if value is None and name not in _OPTIONAL:
            continue
        if name in ("skills", "support"):
            value = [str(v) for v in value]
        if value is None and name in _BLANK_WHEN_CLEARED:
            value = ""
        setattr(carer, name, value)
    carer_save(actor=request.user, carer=carer, expected_version=version)
    return _out(_row(carer))
