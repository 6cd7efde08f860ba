"""The network meeting's form: the meeting, who was invited and whether they came (rows prefilled from the current
network, as risk/forms.py does for a strategy discussion's participants, with blank rows for others), and the
actions with their owners and due dates; and the form that marks an action done."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any, cast

from django import forms

from lantern.forms import DateField, GovukErrorsMixin, VersionedFormMixin
from lantern.record_pages import ChildRecordForm
from network.forms import UserChoiceField
from network.models import Attendance, MeetingAction, MeetingAttendance, NetworkMeeting


class MeetingForm(ChildRecordForm):
    held_on = DateField(label="Date held")
    next_meeting_on = DateField(label="Next meeting", required=False, help_text="For example, 27/6/2026")
    dated_fields = ("held_on",)
    required_messages = {
        "held_on": "Enter the date it was held",
        "information_shared": "Say what information was shared",
        "decisions": "Say what was decided",
    }

    class Meta:
        model = NetworkMeeting
        fields = ["held_on", "chair", "reason", "information_shared", "decisions", "next_meeting_on"]
        help_texts = {
            "reason": "What led to it: a high screening, a missing pattern, a placement at risk, or the time since "
            "the last one",
            "information_shared": "What each agency told the others",
        }


class AttendanceForm(GovukErrorsMixin, forms.Form):
    row_id = forms.UUIDField(widget=forms.HiddenInput, required=False)
    member_id = forms.UUIDField(widget=forms.HiddenInput, required=False)
    name = forms.CharField(label="Name", max_length=200, required=False)
    agency = forms.CharField(label="Agency or role", max_length=200, required=False)
    attendance = forms.ChoiceField(
        label="Did they come?", choices=Attendance.choices, initial=Attendance.ATTENDED
    )

    def __init__(self, *args: Any, member_ids: Collection[Any] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.member_ids = member_ids

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        member_id = cleaned.get("member_id")
        if member_id is not None and member_id not in self.member_ids:
            self.add_error("name", "This person is not in this child’s network: add them as someone else")
        if cleaned.get("name") and not cleaned.get("agency"):
            self.add_error("agency", "Enter their agency or role")
        if cleaned.get("agency") and not cleaned.get("name"):
            self.add_error("name", "Enter the name of the person")
        return cleaned


class ActionForm(GovukErrorsMixin, forms.Form):
    row_id = forms.UUIDField(widget=forms.HiddenInput, required=False)
    action = forms.CharField(
        label="What will be done", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    owner = UserChoiceField(
        queryset=None, label="Who will do it", required=False, empty_label="Someone without a Lantern account"
    )
    owner_name = forms.CharField(label="Or their name", max_length=200, required=False)
    owner_agency = forms.CharField(label="Their agency or role", max_length=200, required=False)
    due_on = DateField(label="Due by", required=False, help_text="For example, 27/6/2026")

    def __init__(self, *args: Any, owners: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["owner"]).queryset = owners

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not (cleaned.get("action") or "").strip():
            if cleaned.get("owner") or cleaned.get("owner_name") or cleaned.get("due_on"):
                self.add_error("action", "Say what will be done")
            return cleaned
        if not cleaned.get("due_on") and "due_on" not in self.errors:
            self.add_error("due_on", "Enter the date it is due by")
        owner, name = cleaned.get("owner"), (cleaned.get("owner_name") or "").strip()
        if owner is None and not name:
            self.add_error("owner", "Choose who will do it, or give the name of someone in the network")
        if owner is not None and name:
            self.add_error("owner_name", "Choose a Lantern user or give a name, not both")
        return cleaned


if TYPE_CHECKING:
    _Attendances = forms.BaseFormSet[AttendanceForm]
    _Actions = forms.BaseFormSet[ActionForm]
else:
    _Attendances = forms.BaseFormSet
    _Actions = forms.BaseFormSet


class AttendanceFormSet(_Attendances):
    def rows(self, meeting: NetworkMeeting, stored: dict[Any, MeetingAttendance]) -> list[MeetingAttendance]:
        """The people filled in, as rows of the meeting (a stored row changed in place); blank rows left out."""
        found = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data.get("name"):
                continue
            row = stored.get(data.get("row_id")) or MeetingAttendance(meeting=meeting)
            row.member_id = data.get("member_id")
            row.name, row.agency, row.attendance = data["name"], data["agency"], data["attendance"]
            found.append(row)
        return found


class ActionFormSet(_Actions):
    def rows(self, meeting: NetworkMeeting, stored: dict[Any, MeetingAction]) -> list[MeetingAction]:
        found = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not (data.get("action") or "").strip() or data.get("DELETE"):
                continue
            row = stored.get(data.get("row_id")) or MeetingAction(meeting=meeting, child=meeting.child)
            row.action, row.owner = data["action"], data.get("owner")
            row.owner_name, row.owner_agency = data.get("owner_name", ""), data.get("owner_agency", "")
            row.due_on = data["due_on"]
            found.append(row)
        return found


def attendance_formset(
    data: Any, *, meeting: NetworkMeeting | None, members: Any, member_ids: Collection[Any]
) -> AttendanceFormSet:
    """Who was invited: the people recorded, or for a new meeting the current network; blank rows for others."""
    if meeting is not None:
        initial = [
            {
                "row_id": r.pk,
                "member_id": r.member_id,
                "name": r.name,
                "agency": r.agency,
                "attendance": r.attendance,
            }
            for r in meeting.attendance.all()
        ]
    else:
        initial = [
            {"member_id": m.pk, "name": m.name, "agency": f"{m.agency} ({m.role})"[:200]} for m in members
        ]
    formset_class = forms.formset_factory(AttendanceForm, formset=AttendanceFormSet, extra=3)
    return cast(
        AttendanceFormSet,
        formset_class(data, initial=initial, prefix="people", form_kwargs={"member_ids": member_ids}),
    )


def action_formset(data: Any, *, meeting: NetworkMeeting | None, owners: Any) -> ActionFormSet:
    initial = []
    if meeting is not None:
        initial = [
            {
                "row_id": a.pk,
                "action": a.action,
                "owner": a.owner_id,
                "owner_name": a.owner_name,
                "owner_agency": a.owner_agency,
                "due_on": a.due_on,
            }
            for a in meeting.actions.all()
        ]
    formset_class = forms.formset_factory(
        ActionForm, formset=ActionFormSet, extra=3, can_delete=True, can_delete_extra=False
    )
    return cast(
        ActionFormSet,
        formset_class(data, initial=initial, prefix="actions", form_kwargs={"owners": owners}),
    )


class ActionDoneForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    done_on = DateField(label="Done on", required=False, help_text="Leave empty to reopen it")

    class Meta:
        model = MeetingAction
        fields = ["done_on", "notes"]
