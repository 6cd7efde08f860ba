"""The school move form (with the Key Stage 4 approval of statutory-rules.md R5 where it applies) and the form that
records the child's records sent or received."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from education.forms import SchoolField
from education.ks4 import approval_needed
from education.models import ApproverLevel, SchoolMove
from education.services import check_planned_start
from lantern.forms import DateField, GovukErrorsMixin, VersionedFormMixin, check_range
from lantern.record_pages import ChildRecordForm

KS4_FIELDS = (
    "ks4_approved_by",
    "ks4_approver_level",
    "ks4_approved_on",
    "designated_teacher_consulted_on",
    "iro_consulted_on",
)


class PlacementField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        where = "" if obj.in_authority else ", out of the authority's area"
        return f"{obj.carer} from {obj.start_date.day} {obj.start_date:%b %Y}{where}"


class SchoolMoveForm(ChildRecordForm):
    from_school = SchoolField(label="Old school", required=False)
    to_school = SchoolField(label="New school", required=False)
    placement = PlacementField(
        queryset=None,
        label="The placement that caused it",
        required=False,
        help_text="For a move caused by a placement move",
    )
    left_on = DateField(label="Left the old school on")
    joined_on = DateField(
        label="Joined the new school on",
        required=False,
        help_text="For example, 27/3/2007. A place agreed to start may be up to 90 days ahead",
    )
    distant = forms.BooleanField(
        label="The placement is distant (outside the authority and its neighbours, or more than 20 miles from the "
        "old school)",
        required=False,
        help_text="A distant placement of a pupil in Key Stage 4 needs the Director's approval",
    )
    move_enrolments = forms.BooleanField(
        label="End the enrolment at the old school and start one at the new school",
        required=False,
    )
    ks4_approved_by = forms.CharField(label="Approved by", max_length=200, required=False)
    ks4_approver_level = forms.ChoiceField(
        label="Approver", choices=[("", "Choose one"), *ApproverLevel.choices], required=False
    )
    ks4_approved_on = DateField(label="Approved on", required=False)
    designated_teacher_consulted_on = DateField(label="Designated teacher consulted on", required=False)
    iro_consulted_on = DateField(label="IRO consulted on", required=False)
    dated_fields = ("left_on", *KS4_FIELDS[2:])  # joined_on may be a place agreed to start soon: clean()
    required_messages = {
        "reason": "Select the reason for the move",
        "left_on": "Enter the date the child left",
    }

    class Meta:
        model = SchoolMove
        fields = [
            "from_school",
            "to_school",
            "reason",
            "reason_detail",
            "placement",
            "left_on",
            "joined_on",
            "distant",
            *KS4_FIELDS,
        ]

    def __init__(self, *args: Any, show_ks4: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["placement"].queryset = self.child.placements.order_by("-start_date")  # type: ignore[attr-defined]
        if self.instance._state.adding:
            self.fields["move_enrolments"].initial = True
        self.show_ks4 = show_ks4 or any(getattr(self.instance, name) for name in ("distant", *KS4_FIELDS))
        if not self.show_ks4:
            for name in ("distant", *KS4_FIELDS):
                del self.fields[name]

    def main_fields(self) -> list[Any]:
        return [self[name] for name in self.fields if name not in ("distant", *KS4_FIELDS, "version")]

    def ks4_fields(self) -> list[Any]:
        return [self[name] for name in ("distant", *KS4_FIELDS) if name in self.fields]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        check_range(
            cleaned, "left_on", "joined_on", self, "The child cannot join before leaving the old school"
        )
        try:
            check_planned_start(child=self.child, field="joined_on", day=cleaned.get("joined_on"))
        except ValidationError as error:
            self.add_error(None, error)
        birth = self.child.person.date_of_birth
        reason, left_on = cleaned.get("reason"), cleaned.get("left_on")
        if approval_needed(reason=reason or "", birth=birth, left_on=left_on):
            if not self.show_ks4:
                self.add_error(None, "This child was in Key Stage 4 then: the move needs the approval below")
            for name in KS4_FIELDS:
                if name in self.fields and not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, _KS4_REQUIRED[name])
        placements = self.fields["placement"].queryset  # type: ignore[attr-defined]
        if reason == "placement_move" and not cleaned.get("placement") and placements.exists():
            self.add_error("placement", "Choose the placement that caused the move")
        return cleaned


_KS4_REQUIRED = {
    "ks4_approved_by": "Enter who approved the move (Key Stage 4: CPPCR 2010 regs 10 and 11)",
    "ks4_approver_level": "Select the approver",
    "ks4_approved_on": "Enter the date the move was approved",
    "designated_teacher_consulted_on": "Enter the date the designated teacher was consulted",
    "iro_consulted_on": "Enter the date the IRO was consulted",
}


class RecordsForm(GovukErrorsMixin, VersionedFormMixin, forms.Form):
    """The date the old school sent, or the new school received, the child's records."""

    on = DateField(label="Date")
    required_messages = {"on": "Enter the date"}

    def __init__(self, *args: Any, instance: SchoolMove, label: str, **kwargs: Any) -> None:
        self.instance = instance
        super().__init__(*args, **kwargs)
        self.fields["on"].label = label
