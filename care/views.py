"""The child's care record: periods of care, legal statuses and placements on one page, each placement with its
notifications and placement plans. Written only through care.services, which refuses overlaps, records outside a
period of care, dates before the child's birth and the other SSDA903 checks of care/entry_rules.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from access.guards import Need, load_child
from accounts.roles import may_use_register
from care.forms import LegalStatusForm, PeriodOfCareForm, PlacementForm
from care.models import LegalStatusRecord, PeriodOfCare, Placement
from care.services import care_record_delete, care_record_save
from casework.statutory_records import PlanKind
from casework.views_records import NOTIFICATIONS, PLANS
from lantern.record_pages import Card, RecordKind, Shown, day_text


def _save(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return care_record_save(actor=actor, record=record, expected_version=expected_version)


def _delete(kind: RecordKind, *, actor: Any, record: Any, reason: str) -> None:
    care_record_delete(actor=actor, record=record, reason=reason)


def _span(start: Any, end: Any) -> str:
    return f"from {day_text(start)}" + (f" to {day_text(end)}" if end else "")


def _placement_refusal(placement: Placement) -> str:
    if placement.notifications.exists() or placement.plans.exists():
        return "Delete this placement’s notifications and placement plans first"
    return ""


def _placement_initial(request: HttpRequest) -> dict[str, Any]:
    """`?carer_record=<id>` (the register's and matching's link) chooses the register entry on a new placement."""
    try:
        return {"carer_record": UUID(request.GET.get("carer_record", ""))}
    except ValueError:
        return {}


_CARE: dict[str, Any] = {
    "namespace": "care",
    "list_name": "care:record",
    "list_label": "the care record",
    "save": _save,
    "delete": _delete,
    "order_by": ("-start_date",),
}

PERIODS = RecordKind(
    model=PeriodOfCare,
    form=PeriodOfCareForm,
    prefix="period",
    segment="care/periods",
    id_kwarg="period_id",
    noun="period of care",
    plural="Periods of care",
    title=lambda p: f"Looked after {_span(p.start_date, p.end_date)}",
    shown=(
        Shown("Became looked after on", "start_date"),
        Shown("Category of need", "category_of_need"),
        Shown("Ceased to be looked after on", "end_date", empty="Still looked after"),
        Shown("Reason care ended", "end_reason"),
    ),
    empty="No period of care recorded.",
    **_CARE,
)
LEGAL_STATUSES = RecordKind(
    model=LegalStatusRecord,
    form=LegalStatusForm,
    prefix="legal-status",
    segment="care/legal-statuses",
    id_kwarg="legal_status_id",
    noun="legal status",
    plural="Legal statuses",
    title=lambda s: f"{s.code}: {s.get_code_display()}, {_span(s.start_date, s.end_date)}",
    shown=(
        Shown("Legal status", value=lambda s: f"{s.code}: {s.get_code_display()}"),
        Shown("Start date", "start_date"),
        Shown("End date", "end_date", empty="Continues"),
    ),
    empty="No legal status recorded.",
    **_CARE,
)
PLACEMENTS = RecordKind(
    model=Placement,
    form=PlacementForm,
    prefix="placement",
    segment="care/placements",
    id_kwarg="placement_id",
    noun="placement",
    plural="Placements",
    title=lambda p: f"{p.carer}, {_span(p.start_date, p.end_date)}",
    shown=(
        Shown("Placement type", "place"),
        Shown("Provider", "provider"),
        Shown("Carer or provider", "carer"),
        Shown("Address", "address", long=True),
        Shown("Postcode", "postcode"),
        Shown("Inside the authority’s area", "in_authority"),
        Shown("Start date", "start_date"),
        Shown("End date", "end_date", empty="Continues"),
        Shown("Reason the placement ended", "change_reason"),
        Shown("Intended to last until the child is 18 from", "intended_until_18_from"),
        Shown(
            "Regulation 19",
            value=lambda p: (
                "Placed with a parent before the assessment was complete" if p.before_assessment else ""
            ),
        ),
        Shown(
            "Regulation 24",
            value=lambda p: "Connected person with temporary approval" if p.temporary_approval else "",
        ),
        Shown("At risk of breaking down since", "at_risk_since"),
    ),
    delete_refusal=_placement_refusal,
    initial=_placement_initial,
    related=("carer_record",),
    empty="No placement recorded.",
    **_CARE,
)
KINDS = (PERIODS, LEGAL_STATUSES, PLACEMENTS)


@dataclass
class Section:
    kind: RecordKind
    cards: list[Card]
    add_url: str
    details_template: str = ""


def _placement_details(card: Card, child_id: UUID) -> dict[str, Any]:
    placement = card.record
    query = f"?placement={placement.pk}"
    return {
        "notifications": NOTIFICATIONS.cards(placement.notifications.all()),
        "notification_add_url": NOTIFICATIONS.url("add", child_id) + query,
        "plans": [
            (PLANS.title(plan), _signature(plan), PLANS.list_url(child_id, plan))
            for plan in placement.plans.all()
            if plan.kind == PlanKind.PLACEMENT_PLAN
        ],
        "plan_add_url": PLANS.url("add", child_id) + f"{query}&kind={PlanKind.PLACEMENT_PLAN}",
    }


def _signature(plan: Any) -> str:
    if plan.carer_signed_on:
        return f"signed by the carer on {day_text(plan.carer_signed_on)}"
    return "not yet signed by the carer"


@login_required
def care_record(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    child = access.child
    placements = PLACEMENTS.cards(PLACEMENTS.records(child).prefetch_related("notifications", "plans"))
    for card in placements:
        card.details = _placement_details(card, child.pk)
    sections = [
        Section(PERIODS, PERIODS.cards(PERIODS.records(child)), PERIODS.url("add", child.pk)),
        Section(
            LEGAL_STATUSES,
            LEGAL_STATUSES.cards(LEGAL_STATUSES.records(child)),
            LEGAL_STATUSES.url("add", child.pk),
        ),
        Section(PLACEMENTS, placements, PLACEMENTS.url("add", child.pk), "care/placement_details.html"),
    ]
    return render(
        request,
        "care/record.html",
        {
            "access": access,
            "child": child,
            "sections": sections,
            "may_use_register": may_use_register(getattr(request.user, "role", "")),
        },
    )
