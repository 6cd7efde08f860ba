"""The pages of the statutory casework records: visits, looked-after reviews and plans (each with its own list), and
placement notifications, listed under their placement on the care record. Declared once each for
lantern.record_pages, which makes the list, add, change and delete pages; written through
lantern.child_records."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from access.guards import Need
from casework.forms_records import PlacementNotificationForm, PlanForm, ReviewForm, VisitForm
from casework.services import review_save
from casework.statutory_records import LookedAfterReview, PlacementNotification, Plan, PlanKind, Visit
from lantern.record_pages import RecordKind, Shown, day_text


def _visit_initial(request: HttpRequest) -> dict[str, Any]:
    return {"visitor": request.user.pk}


def _placement_chosen(request: HttpRequest) -> dict[str, Any]:
    """The placement (and kind of plan) chosen by the link that opened the form, on the care record."""
    initial: dict[str, Any] = {}
    if placement := request.GET.get("placement", ""):
        initial["placement"] = placement
    if request.GET.get("kind") in PlanKind.values:
        initial["kind"] = request.GET["kind"]
    return initial


def _save_review(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return review_save(actor=actor, review=record, expected_version=expected_version)


def _seen(visit: Visit) -> str:
    if not visit.seen:
        return "No"
    return "Yes, alone" if visit.seen_alone else "Yes, not alone"


VISITS = RecordKind(
    model=Visit,
    form=VisitForm,
    namespace="casework",
    prefix="visit",
    segment="visits",
    id_kwarg="visit_id",
    noun="visit",
    plural="Visits",
    list_name="casework:visits",
    list_need=Need.STAFF,  # the visit notes are the worker's, like case notes: partners see the duties instead
    date_field="visited_on",
    title=lambda v: f"Visit on {day_text(v.visited_on)}",
    shown=(
        Shown("Date of the visit", "visited_on"),
        Shown("Visited by", "visitor", empty="Not recorded"),
        Shown("Where", "where"),
        Shown("The child was seen", value=_seen),
        Shown("Notes", "notes", long=True),
    ),
    initial=_visit_initial,
    related=("visitor__team",),
    intro="Statutory visits to the child (regulation 28). Only a visit where the child was seen counts as one.",
    empty="No visit recorded yet.",
)
REVIEWS = RecordKind(
    model=LookedAfterReview,
    form=ReviewForm,
    namespace="casework",
    prefix="review",
    segment="reviews",
    id_kwarg="review_id",
    noun="review",
    plural="Looked-after reviews",
    list_name="casework:reviews",
    list_need=Need.STAFF,
    date_field="held_on",
    title=lambda r: f"Review on {day_text(r.held_on)}",
    shown=(
        Shown("Date of the review", "held_on"),
        Shown("Chaired by", "iro", empty="Not recorded"),
        Shown("How the child took part", "participation"),
        Shown("Notes", "notes", long=True),
    ),
    related=("iro",),
    save=_save_review,
    intro="Reviews of the child’s care plan, chaired by the independent reviewing officer.",
    empty="No review recorded yet.",
)
PLANS = RecordKind(
    model=Plan,
    form=PlanForm,
    namespace="casework",
    prefix="plan",
    segment="plans",
    id_kwarg="plan_id",
    noun="plan",
    plural="Plans",
    list_name="casework:plans",
    date_field="made_on",
    title=lambda p: f"{p.get_kind_display()} of {day_text(p.made_on)}",
    shown=(
        Shown("Kind of plan", "kind"),
        Shown("Date made or reviewed", "made_on"),
        Shown("Placement", value=lambda p: str(p.placement.carer) if p.placement_id else ""),
        Shown(
            "Signed by the carer on",
            value=lambda p: (
                day_text(p.carer_signed_on) or "Not yet signed" if p.kind == PlanKind.PLACEMENT_PLAN else ""
            ),
        ),
        Shown("Summary", "summary", long=True),
    ),
    initial=_placement_chosen,
    related=("placement",),
    intro="Care plans, placement plans, needs assessments and pathway plans. A placement plan counts once the "
    "carer has signed it.",
    empty="No plan recorded yet.",
)
NOTIFICATIONS = RecordKind(
    model=PlacementNotification,
    form=PlacementNotificationForm,
    namespace="casework",
    prefix="notification",
    segment="placement-notifications",
    id_kwarg="notification_id",
    noun="placement notification",
    plural="Placement notifications",
    list_name="care:record",
    list_label="the care record",
    date_field="sent_on",
    title=lambda n: f"{n.get_recipient_display()} told on {day_text(n.sent_on)}",
    shown=(
        Shown("Placement", value=lambda n: n.placement.carer),
        Shown("Who was told", "recipient"),
        Shown("Told on", "sent_on"),
    ),
    initial=_placement_chosen,
    related=("placement",),
)
