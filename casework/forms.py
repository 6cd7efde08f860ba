from __future__ import annotations

from typing import Any

from django import forms

from accounts.models import Agency, User
from accounts.roles import ALLOCATABLE_ROLES
from casework.models import Allocation
from lantern.forms import DateField, GovukErrorsMixin, VersionedFormMixin, check_range


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
