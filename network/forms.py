"""The forms of the network pages: a member (with the offer of access for a partner), ending a member's
involvement, and raising and reading a concern. The meeting's forms are in forms_meetings.py."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from accounts.roles import PARTNER_ROLES, is_partner_role
from lantern.forms import DateField, GovukErrorsMixin, VersionedFormMixin
from lantern.record_pages import ChildRecordForm
from network.models import Concern, NetworkMember
from network.services import staff_refusal

GRANT_MONTHS_DAYS = 183  # "6 months" when the member has no end date


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        agency = f", {obj.agency}" if obj.agency_id else ""
        return f"{obj.display_name} ({obj.get_role_display()}{agency})"


def default_grant_until(to_date: date | None, today: date | None = None) -> date:
    """Until the end of their involvement when known, but for six months at most (renewed when it ends)."""
    longest = (today or timezone.localdate()) + timedelta(days=GRANT_MONTHS_DAYS)
    return min(to_date, longest) if to_date is not None else longest


class MemberForm(ChildRecordForm):
    from_date = DateField(label="Involved from")
    to_date = DateField(
        label="Involved until", required=False, help_text="Leave empty while they are involved"
    )
    give_access = forms.BooleanField(
        label="Give them access to this child’s record",
        required=False,
        help_text="Only for a partner with a Lantern account (police, health, school, carer...). Staff are "
        "allocated instead",
    )
    grant_until = DateField(
        label="Access until",
        required=False,
        help_text="At most a year. Leave empty for six months, or the end of their involvement when sooner",
    )
    grant_reason = forms.CharField(
        label="Why they need access", required=False, max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )
    required_messages = {
        "agency_kind": "Select the kind of agency",
        "agency": "Enter the agency",
        "role": "Enter their job or role",
        "name": "Enter their name",
        "from_date": "Enter the date they became involved",
    }
    blank_labels = {"user": "No Lantern account"}

    class Meta:
        model = NetworkMember
        fields = ["agency_kind", "agency", "role", "name", "user", "email", "phone", "from_date", "to_date"]
        field_classes = {"user": UserChoiceField}
        help_texts = {"agency": "For example, Example Academy, Example Constabulary, Sam and Alex Carer"}

    def __init__(self, *args: Any, offer_grant: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        user = self.fields["user"]
        if isinstance(user, forms.ModelChoiceField):
            user.queryset = (
                get_user_model()
                .objects.filter(Q(is_active=True, role__in=PARTNER_ROLES) | Q(pk=self.instance.user_id))
                .select_related("agency")
                .order_by("first_name", "last_name")
            )
        if not offer_grant:
            for name in ("give_access", "grant_until", "grant_reason"):
                del self.fields[name]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not cleaned.get("give_access"):
            return cleaned
        user = cleaned.get("user")
        if user is None:
            self.add_error("user", "Choose their Lantern account to give them access")
        elif not is_partner_role(user.role):
            self.add_error("give_access", staff_refusal(user))
        if not (cleaned.get("grant_reason") or "").strip():
            self.add_error("grant_reason", "Give the reason they need access to the child’s record")
        if not self.errors:
            cleaned["grant_until"] = cleaned.get("grant_until") or default_grant_until(cleaned.get("to_date"))
        return cleaned

    @property
    def grant(self) -> tuple[date | None, str]:
        data = self.cleaned_data
        if not data.get("give_access"):
            return None, ""
        return data["grant_until"], data.get("grant_reason", "")


class EndForm(GovukErrorsMixin, forms.Form):
    to_date = DateField(label="Involved until", help_text="Today or a past day. For example, 27/3/2026")
    revoke_grant = forms.BooleanField(
        label="Take away their access to this child’s record", required=False, initial=True
    )
    required_messages = {"to_date": "Enter the last day of their involvement"}


class ConcernForm(ChildRecordForm):
    noticed_on = DateField(label="When it happened or was noticed")
    dated_fields = ("noticed_on",)
    required_messages = {
        "noticed_on": "Enter the date it happened or was noticed",
        "concern": "Say what worries you",
        "agency": "Enter your agency",
    }

    class Meta:
        model = Concern
        fields = ["noticed_on", "concern", "agency", "urgent"]
        help_texts = {
            "concern": "What you saw or heard, when, and who else knows",
            "urgent": "If the child is in danger now, call the police on 999 as well",
        }

    def __init__(self, *args: Any, partner_agency: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.partner_agency = partner_agency
        if partner_agency is not None:  # a partner raises it in their own agency's name
            del self.fields["agency"]


class ConcernReadForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    required_messages = {"response": "Say what you did about it"}

    class Meta:
        model = Concern
        fields = ["response"]
        help_texts = {"response": "What you did, or will do, and whether you told the person who raised it"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["response"].required = True
