"""The form for a child's youth justice outcome."""

from __future__ import annotations

from casework.youth_justice import YouthJusticeOutcome
from lantern.forms import DateField
from lantern.record_pages import ChildRecordForm


class YouthJusticeOutcomeForm(ChildRecordForm):
    outcome_on = DateField(label="Date of the outcome")
    dated_fields = ("outcome_on",)
    required_messages = {"outcome_on": "Enter the date of the outcome", "kind": "Select the outcome"}

    class Meta:
        model = YouthJusticeOutcome
        fields = ["outcome_on", "kind", "offence", "given_by", "notes"]
        help_texts = {
            "kind": "Convictions, youth cautions and youth conditional cautions are reported in the children "
            "looked after return",
            "given_by": "For example, the youth court or the police force that gave the caution",
        }
