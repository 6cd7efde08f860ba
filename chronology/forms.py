from __future__ import annotations

from typing import Any, cast

from django import forms

from chronology.csv_format import MAX_BYTES
from chronology.models import Category, ChronologyEntry, Significance
from chronology.selectors import Filters
from lantern.forms import DateField, GovukErrorsMixin, VersionedFormMixin, check_range

RANGE_MESSAGE = "The end of the period must be on or after its start"


class FilterForm(forms.Form):
    agency = forms.ChoiceField(required=False, label="Agency")
    category = forms.ChoiceField(required=False, choices=[("", "All categories"), *Category.choices])
    significance = forms.ChoiceField(
        required=False, choices=[("", "Any significance"), *Significance.choices]
    )
    date_from = DateField(label="From", required=False)
    date_to = DateField(label="To", required=False)
    view = forms.ChoiceField(
        required=False, choices=[("", "All entries"), ("key", "Key events only")], label="Show"
    )
    order = forms.ChoiceField(
        required=False, choices=[("", "Oldest first"), ("newest", "Newest first")], label="Order"
    )

    def __init__(self, *args: Any, agencies: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["agency"]).choices = [
            ("", "All agencies"),
            *((a, a) for a in agencies),
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        check_range(
            cleaned, "date_from", "date_to", self, "The ‘to’ date must be on or after the ‘from’ date"
        )
        return cleaned

    def filters(self) -> Filters:
        if not self.is_bound or not self.is_valid():
            return Filters()
        data = self.cleaned_data
        return Filters(
            agency=data["agency"],
            category=data["category"],
            significance=data["significance"],
            date_from=data["date_from"],
            date_to=data["date_to"],
            key_only=data["view"] == "key",
            newest_first=data["order"] == "newest",
        )


class EntryForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    occurred_on = DateField(label="Date")
    occurred_until = DateField(
        label="End of the period", required=False, help_text="Only for an event that lasted some time"
    )
    required_messages = {"what_happened": "Say what happened", "occurred_on": "Enter the date"}

    class Meta:
        model = ChronologyEntry
        fields = [
            "occurred_on",
            "date_accuracy",
            "occurred_until",
            "agency",
            "category",
            "what_happened",
            "source_reference",
            "significance",
            "impact",
        ]
        labels = {
            "date_accuracy": "How exact is the date",
            "impact": "Impact on the child (your analysis)",
            "what_happened": "What happened (the facts)",
        }

    def __init__(self, *args: Any, partner_agency: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.partner_agency = partner_agency
        if partner_agency is not None:  # a partner writes in their own agency's name, and the facts only
            for name in ("agency", "significance", "impact"):
                del self.fields[name]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        check_range(cleaned, "occurred_on", "occurred_until", self, RANGE_MESSAGE)
        if self.partner_agency is not None:
            cleaned["agency"] = self.partner_agency
        return cleaned


class AnalysisForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = ChronologyEntry
        fields = ["significance", "impact"]
        labels = {"impact": "Impact on the child (your analysis)"}


class ImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        error_messages={"required": "Choose a CSV file to import", "empty": "The file is empty"},
    )
    agency = forms.CharField(
        label="Agency",
        required=False,
        max_length=200,
        help_text="When every row comes from one agency, name it here and the agency column may be left out",
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB: split it")
        return upload
