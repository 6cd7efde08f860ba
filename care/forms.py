"""Forms for the care record: periods of care, legal statuses and placements. The care services refuse what the
SSDA903 rules would reject (overlaps, a record outside a period of care); these forms check what one record can."""

from __future__ import annotations

from django import forms

from care.models import PLACEMENT_FIELDS, LegalStatusRecord, PeriodOfCare, Placement
from lantern.forms import DateField
from lantern.record_pages import ChildRecordForm


class PeriodOfCareForm(ChildRecordForm):
    start_date = DateField(label="Became looked after on")
    end_date = DateField(
        label="Ceased to be looked after on",
        required=False,
        help_text="Leave blank while the child is looked after. For example, 27/3/2007",
    )
    dated_fields = ("start_date", "end_date")
    required_messages = {
        "start_date": "Enter the date the child became looked after",
        "category_of_need": "Select the category of need",
    }

    class Meta:
        model = PeriodOfCare
        fields = ["start_date", "category_of_need", "end_date", "end_reason"]
        labels = {"category_of_need": "Category of need"}


class LegalStatusForm(ChildRecordForm):
    start_date = DateField(label="Start date")
    end_date = DateField(
        label="End date",
        required=False,
        help_text="Leave blank while the legal status continues. For example, 27/3/2007",
    )
    dated_fields = ("start_date", "end_date")
    required_messages = {"code": "Select the legal status", "start_date": "Enter the start date"}

    class Meta:
        model = LegalStatusRecord
        fields = ["code", "start_date", "end_date"]


class PlacementForm(ChildRecordForm):
    start_date = DateField(label="Start date")
    end_date = DateField(
        label="End date",
        required=False,
        help_text="Leave blank while the child lives there. For example, 27/3/2007",
    )
    intended_until_18_from = DateField(
        label="Intended to last until the child is 18 from",
        required=False,
        help_text="The date it was decided that the placement is long-term. For example, 27/3/2007",
    )
    at_risk_since = DateField(
        label="At risk of breaking down since",
        required=False,
        help_text="Leave blank while the placement is stable; Lantern proposes a network meeting when it is at "
        "risk. For example, 27/3/2026",
    )
    dated_fields = ("start_date", "end_date", "intended_until_18_from", "at_risk_since")
    required_messages = {
        "place": "Select the placement type",
        "provider": "Select the provider",
        "carer": "Enter the carer or provider",
        "start_date": "Enter the start date",
    }

    class Meta:
        model = Placement
        fields = list(PLACEMENT_FIELDS)
        widgets = {"address": forms.Textarea}
        help_texts = {"carer": "The foster carers' names, or the name of the home or provider"}
