"""The register's forms: the list's filters, and an entry added or changed (skills and support as checkboxes)."""

from __future__ import annotations

from typing import Any, cast

from django import forms

from care.models import CarerKind, CarerProvider, RegisterStatus, Skill, Support
from care.register_listing import RegisterFilter
from lantern.forms import DateField, GovukErrorsMixin, VersionedFormMixin


class RegisterFilterForm(forms.Form):
    kind = forms.ChoiceField(label="Kind", choices=[("", "All kinds"), *CarerKind.choices], required=False)
    status = forms.ChoiceField(
        label="Status", choices=[("", "Any status"), *RegisterStatus.choices], required=False
    )
    skill = forms.ChoiceField(label="Skill", choices=[("", "Any skill"), *Skill.choices], required=False)
    area = forms.CharField(label="Town or district", max_length=100, required=False)
    age = forms.IntegerField(
        label="Age of the child",
        min_value=0,
        max_value=25,
        required=False,
        help_text="Only carers approved for a child of this age",
        widget=forms.TextInput(attrs={"width": "2", "inputmode": "numeric"}),
        error_messages={
            "invalid": "Enter the age as a whole number, like 14",
            "min_value": "Enter an age of 0 or more",
            "max_value": "Enter an age of 25 or under",
        },
    )
    vacancy = forms.BooleanField(label="Has a vacancy", required=False)

    def wanted(self) -> RegisterFilter:
        """The filter the form asks for; with errors, the fields that were valid."""
        data = self.cleaned_data if self.is_valid() else getattr(self, "cleaned_data", {})
        return RegisterFilter(
            kind=data.get("kind") or "",
            status=data.get("status") or "",
            vacancy=bool(data.get("vacancy")),
            skill=data.get("skill") or "",
            area=data.get("area") or "",
            age=data.get("age"),
        )


class CarerProviderForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    """The model's clean() refuses an oldest age under the youngest, and easting without northing, at their fields."""

    skills = forms.MultipleChoiceField(
        label="Skills and training",
        choices=Skill.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply",
    )
    support = forms.MultipleChoiceField(
        label="Support available",
        choices=Support.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply",
    )
    approved_on = DateField(label="Approved on", required=False)
    ofsted_urn = forms.CharField(
        label="Ofsted URN",
        required=False,
        max_length=20,  # room for spaces typed in it; the model's validator checks what is kept
        help_text="Children's homes and agencies registered with Ofsted: SC and six digits, like SC123456. "
        "Leave blank for the authority's own carers. The SSDA903 return gives it for placements here",
        widget=forms.TextInput(attrs={"width": "10", "spellcheck": "false"}),
    )
    required_messages = {
        "reference": "Enter the register reference",
        "name": "Enter the name of the carer or home",
        "kind": "Select the kind of carer or provider",
        "min_age": "Enter the youngest age approved",
        "max_age": "Enter the oldest age approved",
        "places": "Enter the number of children approved",
        "status": "Select the status",
        "sex_limit": "Select whether the approval is for girls or boys only",
    }

    class Meta:
        model = CarerProvider
        fields = [
            "reference",
            "ofsted_urn",
            "name",
            "kind",
            "agency",
            "status",
            "min_age",
            "max_age",
            "places",
            "sex_limit",
            "skills",
            "support",
            "address",
            "postcode",
            "area",
            "in_authority",
            "easting",
            "northing",
            "approved_on",
            "notes",
        ]
        widgets = {
            "address": forms.Textarea,
            "notes": forms.Textarea,
            "min_age": forms.TextInput(attrs={"width": "2", "inputmode": "numeric"}),
            "max_age": forms.TextInput(attrs={"width": "2", "inputmode": "numeric"}),
            "places": forms.TextInput(attrs={"width": "2", "inputmode": "numeric"}),
            "easting": forms.TextInput(attrs={"width": "10", "inputmode": "numeric"}),
            "northing": forms.TextInput(attrs={"width": "10", "inputmode": "numeric"}),
            "postcode": forms.TextInput(attrs={"width": "10"}),
        }
        help_texts = {
            "agency": "The independent fostering agency or the provider, if not the authority",
            "easting": "Ordnance Survey grid easting in metres, for distances in matching",
            "northing": "Ordnance Survey grid northing in metres",
            "area": "For the places a child should stay away from or near",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance._state.adding:
            self.fields["version"].initial = None
        kind = cast(forms.ChoiceField, self.fields["kind"])
        kind.choices = [("", "Choose one"), *CarerKind.choices]
        for name in ("min_age", "max_age", "places", "easting", "northing"):
            self.fields[name].error_messages["invalid"] = "Enter a whole number"
            self.fields[name].error_messages["min_value"] = "Enter a number of 0 or more"

    def clean_ofsted_urn(self) -> str:
        """Accepts the URN typed in lower case or with spaces ("sc 123 456"); the model's validator checks the rest."""
        return "".join(str(self.cleaned_data.get("ofsted_urn") or "").split()).upper()
