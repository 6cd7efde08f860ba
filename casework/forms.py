from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from accounts.models import Agency, User
from accounts.roles import ALLOCATABLE_ROLES
from casework.models import Allocation, CaseNote, TransferSummary, WishesAndFeelings
from lantern.forms import DateField, GovukErrorsMixin, VersionedFormMixin, VersionField, check_range


def local_authority_workers() -> Any:
    return User.objects.filter(
        is_active=True, agency__kind=Agency.Kind.LOCAL_AUTHORITY, role__in=ALLOCATABLE_ROLES
    ).order_by("last_name", "first_name")


class WorkerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        team = f", {obj.team}" if obj.team_id else ""
        return f"{obj.display_name} ({obj.get_role_display()}{team})"


class AllocationForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    worker = WorkerChoiceField(queryset=User.objects.none(), empty_label="Choose a worker")
    start_date = DateField(label="Start date")
    end_date = DateField(
        label="End date", required=False, help_text="Leave blank while the allocation continues"
    )

    class Meta:
        model = Allocation
        fields = ["worker", "role", "start_date", "end_date", "end_reason"]
        labels = {"end_reason": "Reason the allocation ended"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["worker"].queryset = local_authority_workers()  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        check_range(cleaned, "start_date", "end_date", self, "End date must be on or after the start date")
        return cleaned


class CaseNoteForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    occurred_on = DateField(label="Date of the contact or event")
    required_messages = {"body": "Write the note", "subject": "Enter a subject"}

    class Meta:
        model = CaseNote
        fields = ["occurred_on", "subject", "body", "significant"]

    def clean_occurred_on(self) -> Any:
        day = self.cleaned_data["occurred_on"]
        if day and day > timezone.localdate():
            raise forms.ValidationError("The date cannot be in the future")
        return day


class WishesForm(GovukErrorsMixin, forms.ModelForm):
    said_on = DateField(label="Date the child said it")
    required_messages = {"words": "Write what the child said, in their words"}

    class Meta:
        model = WishesAndFeelings
        fields = ["said_on", "words", "context"]
        help_texts = {"context": "For example: on a walk after school, with the carer out of the room"}

    def clean_said_on(self) -> Any:
        day = self.cleaned_data["said_on"]
        if day and day > timezone.localdate():
            raise forms.ValidationError("The date cannot be in the future")
        return day


class HistorySectionForm(GovukErrorsMixin, forms.Form):
    text = forms.CharField(widget=forms.Textarea, required=False, label="Text")
    version = VersionField()


class TransferNotesForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = TransferSummary
        fields = ["not_in_record", "what_works"]
        help_texts = {
            "not_in_record": "What you know about the child that the record does not say",
            "what_works": "What helps: how the child likes to be met, what calms them, who they trust",
        }
