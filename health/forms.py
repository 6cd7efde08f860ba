"""The form for a child's health checks: health assessments, dental checks, immunisations and SDQ scores."""

from __future__ import annotations

from django import forms

from health.models import HealthCheck
from lantern.forms import DateField
from lantern.record_pages import ChildRecordForm


class HealthCheckForm(ChildRecordForm):
    done_on = DateField(label="Date")
    immunisations_up_to_date = forms.TypedChoiceField(
        label="Immunisations up to date",
        choices=[("", "Not recorded"), ("True", "Yes"), ("False", "No")],
        coerce=lambda value: value == "True",
        empty_value=None,
        required=False,
    )
    dated_fields = ("done_on",)
    required_messages = {"kind": "Select the kind of check", "done_on": "Enter the date"}

    class Meta:
        model = HealthCheck
        fields = [
            "kind",
            "done_on",
            "practitioner",
            "sdq_score",
            "sdq_reason",
            "immunisations_up_to_date",
            "notes",
        ]
        labels = {"kind": "Kind of check"}
        help_texts = {
            "sdq_score": "For an SDQ only: the total difficulties score, from 0 to 40",
            "sdq_reason": "For an SDQ only, when there is no score",
        }
