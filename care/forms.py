"""Forms for the care record: periods of care, legal statuses and placements. The care services refuse what the
SSDA903 rules would reject (care/entry_rules.py: overlaps, a record outside a period of care, a retired placement
type, an age or provider that does not fit), for the pages and the API alike; their refusals are shown at the
field they name. These forms check what one record can on its own."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.db.models import Q

from care.models import (
    PLACEMENT_FIELDS,
    CarerProvider,
    LegalStatusRecord,
    PeriodOfCare,
    Placement,
    RegisterStatus,
)
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

    blank_labels = {"carer_record": "Not on the register"}

    class Meta:
        model = Placement
        # "On the register as" comes before the carer's name, which it fills when left blank.
        fields = [*PLACEMENT_FIELDS[:2], "carer_record", *PLACEMENT_FIELDS[2:]]
        widgets = {"address": forms.Textarea}
        help_texts = {
            "carer": "The foster carers' names, or the name of the home or provider. Leave blank to use the name "
            "on the register",
            "carer_record": "The carer or provider on the authority's register, if they are on it: choose it from "
            "the list (entries approved and taking placements, by name)",
        }
        error_messages = {
            "carer_record": {
                "invalid_choice": "Choose a carer or provider that is approved and taking placements: this one is "
                "on hold or closed"
            }
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        register = cast(forms.ModelChoiceField, self.fields["carer_record"])
        # Only entries taking placements can be chosen; a placement keeps the entry it already has.
        taking = Q(status=RegisterStatus.ACTIVE)
        if self.instance.carer_record_id:
            taking |= Q(pk=self.instance.carer_record_id)
        register.queryset = CarerProvider.objects.filter(taking).order_by("name", "reference")
        self.fields["carer"].required = False

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        entry = cleaned.get("carer_record")
        if not (cleaned.get("carer") or "").strip():
            if entry is not None:
                cleaned["carer"] = entry.name
            elif "carer_record" not in self.errors:
                self.add_error("carer", "Enter the carer or provider")  # or choose them from the register
        return cleaned
