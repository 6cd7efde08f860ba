"""The child's permanence and adoption page: for each period of care, the permanence order the child had before it;
and the decisions that the child should be placed for adoption, with the match and the adopters. The records are
declared once for lantern.record_pages (add, change and delete pages, access rule and audit) and written through
permanence.services."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from access.guards import Need, load_child
from lantern.record_pages import RecordKind, Shown, day_text
from permanence.forms import AdoptionDecisionForm, PreviousPermanenceForm
from permanence.models import AdoptionDecision, PreviousPermanence
from permanence.selectors import permanence_record
from permanence.services import adoption_decision_save, permanence_record_delete, previous_permanence_save


def _save_previous(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return previous_permanence_save(actor=actor, record=record, expected_version=expected_version)


def _save_decision(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return adoption_decision_save(actor=actor, record=record, expected_version=expected_version)


def _delete(kind: RecordKind, *, actor: Any, record: Any, reason: str) -> None:
    permanence_record_delete(actor=actor, record=record, reason=reason)


def _period_initial(request: HttpRequest) -> dict[str, Any]:
    """`?period=<id>` (the page's link under a period of care) chooses the period on a new record."""
    try:
        return {"period": UUID(request.GET.get("period", ""))}
    except ValueError:
        return {}


def _order_date(record: PreviousPermanence) -> str:
    if record.order_date is None:
        return ""
    if record.order_date_precision == "year":
        return f"{record.order_date:%Y} (the year only)"
    if record.order_date_precision == "month":
        return f"{record.order_date:%B %Y} (the month only)"
    return day_text(record.order_date)


def _adopters(decision: AdoptionDecision) -> str:
    if not decision.adopters:
        return ""
    return f"{decision.get_adopters_display()}, {decision.get_adopters_legal_status_display().lower()}"


_PAGE: dict[str, Any] = {
    "namespace": "permanence",
    "list_name": "permanence:record",
    "list_label": "permanence and adoption",
    "delete": _delete,
}

PREVIOUS = RecordKind(
    model=PreviousPermanence,
    form=PreviousPermanenceForm,
    prefix="previous",
    segment="permanence/previous",
    id_kwarg="previous_id",
    noun="previous permanence order",
    plural="Before coming into care",
    title=lambda p: p.get_option_display(),
    shown=(
        Shown(
            "Permanence order before this period of care",
            value=lambda p: f"{p.option}: {p.get_option_display()}",
        ),
        Shown("Authority that arranged it", "authority"),
        Shown("Date of the order", value=_order_date),
    ),
    save=_save_previous,
    initial=_period_initial,
    related=("period",),
    **_PAGE,
)
DECISIONS = RecordKind(
    model=AdoptionDecision,
    form=AdoptionDecisionForm,
    prefix="decision",
    segment="permanence/adoption-decisions",
    id_kwarg="decision_id",
    noun="decision to place for adoption",
    plural="Decisions that the child should be placed for adoption",
    title=lambda d: (
        f"Decision of {day_text(d.decided_on)}" + (f", ceased {day_text(d.ceased_on)}" if d.ceased_on else "")
    ),
    shown=(
        Shown("Date of the decision", "decided_on"),
        Shown("Ceased to be the plan on", "ceased_on", empty="Adoption is the plan"),
        Shown("Why the decision ceased", "ceased_reason"),
        Shown("Matched with the adopters on", "matched_on"),
        Shown("Adopted by their foster carer", "by_foster_carer"),
        Shown("The adopters", value=_adopters),
        Shown("Recorded by", "recorded_by"),
    ),
    save=_save_decision,
    recorded_by="recorded_by",
    related=("recorded_by",),
    empty="No decision that the child should be placed for adoption.",
    **_PAGE,
)


@login_required
def permanence_page(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    child = access.child
    record = permanence_record(user=request.user, child=child)
    periods = [
        {
            "period": row.period,
            "card": PREVIOUS.card(row.previous) if row.previous else None,
            "add_url": PREVIOUS.url("add", child.pk) + f"?period={row.period.pk}",
        }
        for row in record.periods
    ]
    return render(
        request,
        "permanence/record.html",
        {
            "access": access,
            "child": child,
            "periods": periods,
            "decisions": DECISIONS.cards(record.decisions),
            "decision_add_url": DECISIONS.url("add", child.pk),
        },
    )
