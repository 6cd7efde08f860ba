"""The form for a child's substance misuse record: when the problem was identified, and the intervention offered and
received for it (SSDA903 OC2)."""

from __future__ import annotations

from health.models import SubstanceMisuse
from lantern.forms import DateField
from lantern.record_pages import ChildRecordForm


class SubstanceMisuseForm(ChildRecordForm):
    identified_on = DateField(label="Date the problem was identified")
    intervention_offered_on = DateField(
        label="Date an intervention was offered",
        required=False,
        help_text="Leave blank if none has been offered. For example, 27/3/2007",
    )
    intervention_received_on = DateField(
        label="Date the child started to receive an intervention",
        required=False,
        help_text="Leave blank if the child has not received one, for example because they refused the one offered",
    )
    resolved_on = DateField(
        label="Date the problem was no longer identified",
        required=False,
        help_text="Leave blank while the problem is still identified",
    )
    dated_fields = ("identified_on", "intervention_offered_on", "intervention_received_on", "resolved_on")
    required_messages = {"identified_on": "Enter the date the problem was identified"}

    class Meta:
        model = SubstanceMisuse
        fields = [
            "identified_on",
            "identified_by",
            "intervention_offered_on",
            "intervention_received_on",
            "intervention_by",
            "resolved_on",
            "notes",
        ]
        help_texts = {"identified_by": "For example, the looked-after children's nurse or the carer"}
