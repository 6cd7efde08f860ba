"""The form to record that something was shared, and with whom."""

from __future__ import annotations

from typing import Any

from django import forms

from care.models import Placement
from lantern.forms import DateField
from lantern.record_pages import ChildRecordForm
from network.models import NetworkMember
from sharing.models import SharedInformation

SHARED_FIELDS = (
    "placement",
    "item",
    "description",
    "member",
    "recipient",
    "recipient_kind",
    "shared_on",
    "method",
    "acknowledged_on",
    "acknowledged_by",
    "notes",
)


class PlacementChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        away = "" if obj.in_authority else " (out of borough)"
        return f"{obj.carer} from {obj.start_date:%-d %b %Y}{away}"


class MemberChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name}, {obj.role} ({obj.agency})"


class SharedForm(ChildRecordForm):
    shared_on = DateField(label="Shared on")
    acknowledged_on = DateField(
        label="Acknowledged on",
        required=False,
        help_text="Leave empty until they confirm they have received it. For example, 27/3/2026",
    )
    dated_fields = ("shared_on", "acknowledged_on")
    blank_labels = {"placement": "Not for a placement", "member": "Not in the network, or not chosen"}
    required_messages = {
        "item": "Select what was shared",
        "method": "Select how it was shared",
        "shared_on": "Enter the date it was shared",
    }

    class Meta:
        model = SharedInformation
        fields = list(SHARED_FIELDS)
        field_classes = {"placement": PlacementChoice, "member": MemberChoice}
        help_texts = {
            "placement": "For a new placement, this counts towards its sharing checklist",
            "description": "Needed when you choose “Something else”",
            "member": "Choosing someone in the network gives their name and kind (what you type below is then ignored)",
            "recipient": "Name, and role or agency, for example Sam and Alex Carer",
            "acknowledged_by": "Who confirmed they received it",
        }

    def __init__(self, *args: Any, child: Any, **kwargs: Any) -> None:
        super().__init__(*args, child=child, **kwargs)
        placement = self.fields["placement"]
        member = self.fields["member"]
        if isinstance(placement, forms.ModelChoiceField):
            placement.queryset = Placement.objects.filter(child=child).order_by("-start_date")
        if isinstance(member, forms.ModelChoiceField):
            member.queryset = NetworkMember.objects.filter(child=child).order_by("agency_kind", "name")
        self.fields["recipient"].required = False
        self.fields["recipient_kind"].required = False

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        member: NetworkMember | None = cleaned.get("member")
        if member is not None:  # the recipient is the member: their name and kind, whatever was typed
            cleaned["recipient"] = member.name[:200]
            cleaned["recipient_kind"] = member.agency_kind
        if not (cleaned.get("recipient") or "").strip() and "recipient" not in self.errors:
            self.add_error("recipient", "Enter who it was shared with, or choose them from the network")
        if not cleaned.get("recipient_kind") and "recipient_kind" not in self.errors:
            self.add_error("recipient_kind", "Select the kind of recipient, or choose them from the network")
        return cleaned
