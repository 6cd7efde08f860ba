"""Forms for the statutory casework records: visits, looked-after reviews, plans and placement notifications."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q, QuerySet

from accounts.models import Agency, User
from accounts.roles import ALLOCATABLE_ROLES, Role
from care.models import Placement
from casework.forms import WorkerChoiceField
from casework.statutory_records import LookedAfterReview, PlacementNotification, Plan, Visit
from lantern.forms import DateField
from lantern.record_pages import ChildRecordForm, day_text


def _people(chosen: Any, *also: Any) -> QuerySet[User]:
    """Active users matching `chosen`, with the users already named on the record (who may have left since)."""
    kept = [pk for pk in also if pk]
    return User.objects.filter(Q(is_active=True) & chosen | Q(pk__in=kept)).order_by(
        "last_name", "first_name"
    )


class PlacementChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        until = f" to {day_text(obj.end_date)}" if obj.end_date else ""
        return f"{obj.carer} ({obj.place}), from {day_text(obj.start_date)}{until}"


def _child_placements(child: Any) -> QuerySet[Placement]:
    return Placement.objects.filter(child=child).order_by("-start_date")


class VisitForm(ChildRecordForm):
    visited_on = DateField(label="Date of the visit")
    visitor = WorkerChoiceField(queryset=User.objects.none(), label="Visited by")
    dated_fields = ("visited_on",)
    required_messages = {"visited_on": "Enter the date of the visit", "visitor": "Select who visited"}

    class Meta:
        model = Visit
        fields = ["visited_on", "visitor", "where", "seen", "seen_alone", "notes"]
        labels = {"where": "Where the visit took place"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        workers = Q(agency__kind=Agency.Kind.LOCAL_AUTHORITY, role__in=ALLOCATABLE_ROLES)
        self.fields["visitor"].queryset = _people(  # type: ignore[attr-defined]
            workers, self.initial.get("visitor"), self.instance.visitor_id
        )


class ReviewForm(ChildRecordForm):
    held_on = DateField(label="Date of the review")
    iro = WorkerChoiceField(
        queryset=User.objects.none(), label="Independent reviewing officer who chaired it", required=False
    )
    dated_fields = ("held_on",)
    required_messages = {
        "held_on": "Enter the date of the review",
        "participation": "Select how the child took part",
    }

    class Meta:
        model = LookedAfterReview
        fields = ["held_on", "iro", "participation", "notes"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["iro"].queryset = _people(Q(role=Role.IRO), self.instance.iro_id)  # type: ignore[attr-defined]


class PlanForm(ChildRecordForm):
    made_on = DateField(label="Date made or reviewed")
    placement = PlacementChoiceField(
        queryset=Placement.objects.none(),
        required=False,
        label="Placement",
        help_text="For a placement plan only: the placement it is for",
    )
    carer_signed_on = DateField(
        label="Signed by the carer on",
        required=False,
        help_text="For a placement plan only. For example, 27/3/2007",
    )
    dated_fields = ("made_on", "carer_signed_on")
    blank_labels = {"placement": "Not a placement plan"}
    required_messages = {
        "kind": "Select the kind of plan",
        "made_on": "Enter the date it was made or reviewed",
    }

    class Meta:
        model = Plan
        fields = ["kind", "made_on", "placement", "carer_signed_on", "summary"]
        labels = {"kind": "Kind of plan"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["placement"].queryset = _child_placements(self.child)  # type: ignore[attr-defined]


class PlacementNotificationForm(ChildRecordForm):
    placement = PlacementChoiceField(queryset=Placement.objects.none(), label="Placement")
    sent_on = DateField(label="Told on")
    dated_fields = ("sent_on",)
    required_messages = {
        "placement": "Select the placement",
        "recipient": "Select who was told",
        "sent_on": "Enter the date they were told",
    }

    class Meta:
        model = PlacementNotification
        fields = ["placement", "recipient", "sent_on"]
        labels = {"recipient": "Who was told"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["placement"].queryset = _child_placements(self.child)  # type: ignore[attr-defined]
