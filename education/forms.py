"""The forms of a child's education records: PEPs, enrolments, attendance and exclusions (lantern.record_pages)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from education.models import Attendance, Enrolment, Exclusion, PersonalEducationPlan, School
from education.services import check_planned_start
from lantern.forms import DateField, check_range
from lantern.record_pages import ChildRecordForm


class PepForm(ChildRecordForm):
    held_on = DateField(label="PEP meeting date")
    dated_fields = ("held_on",)
    required_messages = {"held_on": "Enter the date of the PEP meeting"}

    class Meta:
        model = PersonalEducationPlan
        fields = ["held_on", "school", "designated_teacher", "notes"]


class SchoolField(forms.ModelChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(queryset=School.objects.order_by("name"), **kwargs)

    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name} (URN {obj.urn}), {obj.area or obj.authority}"


class EnrolmentForm(ChildRecordForm):
    school = SchoolField(label="School")
    start_date = DateField(label="Joined on")
    end_date = DateField(label="Left on", required=False)
    dated_fields = ("end_date",)  # start_date may be a place agreed to start soon: clean()
    required_messages = {"school": "Select the school", "start_date": "Enter the date the child joined"}

    class Meta:
        model = Enrolment
        fields = ["school", "start_date", "end_date", "dual"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        check_range(cleaned, "start_date", "end_date", self, "The child cannot leave before joining")
        try:
            check_planned_start(child=self.child, field="start_date", day=cleaned.get("start_date"))
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


class AttendanceForm(ChildRecordForm):
    school = SchoolField(label="School", required=False)
    period_start = DateField(label="From")
    period_end = DateField(label="To")
    sessions_possible = forms.IntegerField(
        label="Sessions possible", min_value=0, help_text="A school day is two sessions"
    )
    sessions_attended = forms.IntegerField(label="Sessions attended", min_value=0)
    unauthorised_absences = forms.IntegerField(
        label="Sessions of unauthorised absence", min_value=0, required=False
    )
    dated_fields = ("period_start", "period_end")
    required_messages = {
        "period_start": "Enter the first day of the period",
        "period_end": "Enter the last day of the period",
        "sessions_possible": "Enter the number of sessions possible",
        "sessions_attended": "Enter the number of sessions attended",
    }

    class Meta:
        model = Attendance
        fields = [
            "school",
            "period_start",
            "period_end",
            "sessions_possible",
            "sessions_attended",
            "unauthorised_absences",
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        check_range(cleaned, "period_start", "period_end", self, "The period cannot end before it starts")
        possible, attended = cleaned.get("sessions_possible"), cleaned.get("sessions_attended")
        if possible is not None and attended is not None and attended > possible:
            self.add_error("sessions_attended", "Sessions attended cannot be more than sessions possible")
        if cleaned.get("unauthorised_absences") is None:
            cleaned["unauthorised_absences"] = 0
        return cleaned


class ExclusionForm(ChildRecordForm):
    school = SchoolField(label="School")
    start_date = DateField(label="First day")
    dated_fields = ("start_date",)
    required_messages = {
        "school": "Select the school",
        "kind": "Select the kind of exclusion",
        "start_date": "Enter the first day of the exclusion",
        "reason": "Enter the reason the school gave",
    }

    class Meta:
        model = Exclusion
        fields = ["school", "kind", "start_date", "days", "reason"]
