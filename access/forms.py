from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.utils import timezone

from access.models import BreakGlass
from accounts.models import User
from accounts.roles import PARTNER_ROLES
from lantern.forms import DateField, GovukErrorsMixin


class BreakGlassForm(GovukErrorsMixin, forms.Form):
    required_messages = {"reason": "Explain why you need this record now"}

    local_id = forms.CharField(label="Local child ID", max_length=20)
    reason = forms.CharField(
        label="Why do you need this record now?",
        widget=forms.Textarea,
        min_length=10,
        help_text="A manager will review this. Be specific, for example the police call you are answering.",
    )


class BreakGlassReviewForm(GovukErrorsMixin, forms.Form):
    outcome = forms.ChoiceField(label="Was the access justified?", choices=BreakGlass.Outcome.choices)
    note = forms.CharField(label="Review note", widget=forms.Textarea, required=False)


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.display_name} ({obj.get_role_display()}, {obj.agency or 'no agency'})"


class GrantForm(GovukErrorsMixin, forms.Form):
    user = UserChoiceField(
        queryset=User.objects.filter(is_active=True, role__in=PARTNER_ROLES)
        .select_related("agency")
        .order_by("last_name"),
        label="Who needs access",
        empty_label="Choose a person",
    )
    reason = forms.CharField(label="Reason for access", widget=forms.Textarea, min_length=10)
    expires_on = DateField(
        label="Access ends on", help_text="At most a year from today. For example, 27/3/2027"
    )

    def clean_expires_on(self) -> date:
        value: date = self.cleaned_data["expires_on"]
        today = timezone.localdate()
        if value <= today:
            raise forms.ValidationError("Access must end after today")
        if value > today + timedelta(days=366):
            raise forms.ValidationError("Access can last at most a year; renew it when it ends")
        return value
