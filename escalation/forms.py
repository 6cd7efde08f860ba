"""The forms of the escalation pages: raising a concern about another agency, and the steps on the detail page
(a response, a move to the next stage, the resolution, the withdrawal), each a single text box."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.db.models import Q, QuerySet
from django.utils import timezone

from access.guards import ROLE_ONLY, Need
from accounts.models import User
from casework.selectors import current_allocations
from escalation.models import Escalation
from lantern.forms import GovukErrorsMixin


def network_users(child: Any, actor: Any) -> QuerySet[User]:
    """The Lantern users in the child's network now (allocated workers, their managers, partners with an active
    grant), but not the one raising: the people an escalation can name on the other side."""
    now = timezone.now()
    allocated = current_allocations().filter(child=child)
    return (
        User.objects.filter(
            Q(pk__in=allocated.values("worker"))
            | Q(pk__in=allocated.values("worker__team__manager"))
            | Q(
                access_grants__child=child,
                access_grants__starts_at__lte=now,
                access_grants__expires_at__gt=now,
                access_grants__revoked_at__isnull=True,
            ),
            is_active=True,
        )
        .exclude(pk=actor.pk)
        .exclude(role__in=[role for role, needs in ROLE_ONLY.items() if Need.VIEW not in needs])
        .select_related("agency")
        .distinct()
        .order_by("last_name", "first_name")
    )


class NetworkUserField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.display_name}, {obj.agency.name if obj.agency else obj.get_role_display()}"


class RaiseForm(GovukErrorsMixin, forms.ModelForm):
    required_messages = {
        "concerning_agency": "Enter the agency the concern is about",
        "concern": "Say what the concern is",
        "why_it_matters": "Say why it matters for the child",
        "wanted_outcome": "Say what you want to happen",
    }

    class Meta:
        model = Escalation
        fields = ["concerning_agency", "concerning_user", "concern", "why_it_matters", "wanted_outcome"]
        field_classes = {"concerning_user": NetworkUserField}
        help_texts = {
            "concerning_agency": "For example, Example Constabulary or Children’s social care",
            "concern": "The action or inaction of the other agency you disagree with",
            "wanted_outcome": "What would resolve it",
        }

    def __init__(self, *args: Any, child: Any, actor: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        people = cast(forms.ModelChoiceField, self.fields["concerning_user"])
        people.queryset = network_users(child, actor)
        people.empty_label = "No one named"


class StepForm(GovukErrorsMixin, forms.Form):
    """One step's text, named by the step (`field`) so that the page's forms have distinct ids."""

    def __init__(self, *args: Any, field: str, label: str, hint: str, required: str, **kwargs: Any) -> None:
        self.required_messages = {field: required}
        self.field_name = field
        super().__init__(*args, **kwargs)
        self.fields[field] = forms.CharField(
            label=label,
            help_text=hint,
            widget=forms.Textarea,
            max_length=20000,
            error_messages={"required": required},
        )

    @property
    def text(self) -> str:
        return str(self.cleaned_data[self.field_name])


STEP_FORMS: dict[str, dict[str, str]] = {
    "respond": {
        "field": "response",
        "label": "Your response",
        "hint": "What you will do, or why you disagree",
        "required": "Enter the response",
    },
    "next-stage": {
        "field": "why_next",
        "label": "Why it moves to the next stage",
        "hint": "What was tried at this stage and why it did not resolve the concern",
        "required": "Say why it moves to the next stage",
    },
    "resolve": {
        "field": "resolution",
        "label": "How it was resolved",
        "hint": "What was agreed, by whom, and what happens next for the child",
        "required": "Say how it was resolved",
    },
    "withdraw": {
        "field": "why_withdrawn",
        "label": "Why it is withdrawn",
        "hint": "Only the person who raised it, or their manager, can withdraw it",
        "required": "Say why it is withdrawn",
    },
}


def step_form(action: str, data: Any = None) -> StepForm:
    return StepForm(data, **STEP_FORMS[action])
