"""The form for a child's personal education plans (PEPs)."""

from __future__ import annotations

from education.models import PersonalEducationPlan
from lantern.forms import DateField
from lantern.record_pages import ChildRecordForm


class PepForm(ChildRecordForm):
    held_on = DateField(label="PEP meeting date")
    dated_fields = ("held_on",)
    required_messages = {"held_on": "Enter the date of the PEP meeting"}

    class Meta:
        model = PersonalEducationPlan
        fields = ["held_on", "school", "designated_teacher", "notes"]
