"""The forms of the permanence page: the permanence order a child had before a period of care, and a decision that
the child should be placed for adoption with, once matched, the match and the adopters. permanence.services checks
what needs the child's other records (periods of care, the placement order, the placement for adoption)."""

from __future__ import annotations

from typing import Any, cast

from django import forms

from care.models import PeriodOfCare
from lantern.forms import DateField
from lantern.record_pages import ChildRecordForm, day_text
from permanence.models import AdoptionDecision, PreviousPermanence


class PeriodChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        span = f"Looked after from {day_text(obj.start_date)}"
        return span + (f" to {day_text(obj.end_date)}" if obj.end_date else "")


class PreviousPermanenceForm(ChildRecordForm):
    period = PeriodChoiceField(queryset=PeriodOfCare.objects.none(), label="Period of care")
    order_date = DateField(
        label="Date of the order",
        required=False,
        help_text="Leave blank when there was no order. If only the month is known, enter its first day; if only "
        "the year, 1 January. For example, 27/3/2019",
    )
    required_messages = {
        "period": "Choose the period of care",
        "option": "Choose the permanence order the child had before this period of care",
    }

    class Meta:
        model = PreviousPermanence
        fields = ["period", "option", "authority", "order_date", "order_date_precision"]
        help_texts = {
            "authority": "The authority’s three-digit DfE number, for example 886; WAL, SCO or NIR for an order "
            "made in Wales, Scotland or Northern Ireland, NUK outside the UK. Leave blank when there was no order",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        period = cast(forms.ModelChoiceField, self.fields["period"])
        period.queryset = PeriodOfCare.objects.filter(child=self.child).order_by("-start_date")
        self.fields["authority"].widget.attrs.update({"width": "4", "spellcheck": "false"})


class AdoptionDecisionForm(ChildRecordForm):
    decided_on = DateField(label="Date of the decision that the child should be placed for adoption")
    ceased_on = DateField(
        label="Date the decision ceased to be the plan",
        required=False,
        help_text="Leave blank while adoption is the plan. For example, 27/3/2026",
    )
    matched_on = DateField(
        label="Date the child was matched with the adopters",
        required=False,
        help_text="Once the child is matched, give the match and all about the adopters. For example, 27/3/2026",
    )
    by_foster_carer = forms.TypedChoiceField(
        label="Adopted by their foster carer",
        choices=[("", "Not recorded"), ("True", "Yes"), ("False", "No")],
        coerce=lambda value: value == "True",
        empty_value=None,
        required=False,
    )
    dated_fields = ("decided_on", "ceased_on", "matched_on")
    required_messages = {"decided_on": "Enter the date of the decision"}
    blank_labels = {"adopters": "Not matched yet", "adopters_legal_status": "Not matched yet"}

    class Meta:
        model = AdoptionDecision
        fields = [
            "decided_on",
            "ceased_on",
            "ceased_reason",
            "matched_on",
            "by_foster_carer",
            "adopters",
            "adopters_legal_status",
        ]
