from __future__ import annotations

from typing import Any

from django import forms

from casework.forms import WorkerChoiceField, local_authority_workers
from lantern.forms import DateField, GovukErrorsMixin, VersionedFormMixin, VersionField, check_range
from people.codes import LegalStatus, NameKind, UpnUnknown
from people.models import (
    Child,
    PartnershipEnd,
    Person,
    Relationship,
    RelationshipQuality,
    RelationshipType,
    validate_upn,
)
from people.services import CHILD_FIELDS, PERSON_FIELDS


class PersonForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    date_of_birth = DateField(label="Date of birth", required=False)
    date_of_death = DateField(label="Date of death", required=False)

    class Meta:
        model = Person
        fields = list(PERSON_FIELDS)
        labels = {
            "date_of_birth_estimated": "The date of birth is an estimate",
            "gender_identity": "Gender identity, in the person's own words",
            "nhs_number": "NHS number",
        }
        help_texts = {"nhs_number": "10 digits, like 943 476 5919"}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        check_range(
            cleaned,
            "date_of_birth",
            "date_of_death",
            self,
            "Date of death must be on or after the date of birth",
        )
        return cleaned


class ChildForm(PersonForm):
    local_id = forms.CharField(
        label="Local child ID",
        max_length=20,
        required=False,
        help_text="Leave blank for Lantern to assign one",
    )
    upn = forms.CharField(
        label="UPN (unique pupil number)",
        max_length=13,
        required=False,
        help_text="13 characters, like A12345678901B",
        validators=[validate_upn],
    )
    upn_unknown = forms.ChoiceField(
        label="Reason UPN is unknown",
        required=False,
        choices=[("", "Not applicable"), *UpnUnknown.choices],
    )
    legal_status = forms.ChoiceField(
        label="Legal status",
        required=False,
        choices=[("", "Not looked after"), *LegalStatus.choices],
    )
    legal_status_since = DateField(label="Legal status since", required=False)
    looked_after_since = DateField(label="Looked after since", required=False)
    uasc = forms.BooleanField(label="Unaccompanied asylum-seeking child (now or in the past)", required=False)
    uasc_ceased_on = DateField(
        label="Date UASC status ceased",
        required=False,
        help_text="Usually the 18th birthday. Leave blank while the child is still UASC",
    )

    class Meta(PersonForm.Meta):
        fields = [f for f in PERSON_FIELDS if f not in ("date_of_death",)]

    def __init__(self, *args: Any, child: Child | None = None, **kwargs: Any) -> None:
        if child is not None:
            kwargs["instance"] = child.person
            kwargs.setdefault("initial", {}).update({f: getattr(child, f) for f in CHILD_FIELDS})
        self.child = child
        super().__init__(*args, **kwargs)
        self.fields["child_version"] = VersionField(initial=child.version if child else None)
        del self.fields["date_of_death"]

    def clean_local_id(self) -> str:
        value = self.cleaned_data.get("local_id", "").strip()
        clash = Child.objects.filter(local_id=value)
        if self.child is not None:
            clash = clash.exclude(pk=self.child.pk)
        if value and clash.exists():
            raise forms.ValidationError("Another child already has this local ID")
        return value


class NewChildForm(ChildForm):
    worker = WorkerChoiceField(queryset=None, label="Allocated social worker", empty_label="Choose a worker")
    allocated_from = DateField(label="Allocated from")

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["worker"].queryset = local_authority_workers()  # type: ignore[attr-defined]
        self.fields["worker"].initial = user.pk


class RelatedPersonForm(PersonForm):
    """A new person in the child's life, with how they are related to the child."""

    kind = forms.ChoiceField(label="Relationship to the child", choices=RelationshipType.choices)
    direction = forms.ChoiceField(
        label="Who is who",
        choices=[
            ("to_child", "This person is the child's [relationship]"),
            ("from_child", "The child is this person's [relationship]"),
        ],
        initial="to_child",
        help_text="For a grandparent, 'This person is the child's grandparent'",
    )
    parental_responsibility = forms.BooleanField(
        label="Has parental responsibility for the child", required=False
    )
    description = forms.CharField(label="Describe the relationship", required=False, widget=forms.Textarea)


class OtherNameForm(GovukErrorsMixin, forms.Form):
    kind = forms.ChoiceField(label="Kind of name", choices=NameKind.choices)
    name = forms.CharField(label="Name", max_length=255)


class RelationshipForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    required_messages = {
        "person_a": "Select the first person",
        "kind": "Select how they are related",
        "person_b": "Select the second person",
    }

    start_date = DateField(label="Start date", required=False)
    end_date = DateField(label="End date", required=False)
    quality = forms.ChoiceField(
        label="How the relationship is",
        required=False,
        choices=RelationshipQuality.choices,
        help_text="Shown by the relationship lines on the genogram",
    )
    partnership_end = forms.ChoiceField(
        label="How the partnership ended",
        required=False,
        choices=PartnershipEnd.choices,
        help_text="Only for a former partner: one slash on the genogram for separated, two for divorced",
    )

    class Meta:
        model = Relationship
        fields = [
            "person_a",
            "kind",
            "person_b",
            "parental_responsibility",
            "description",
            "start_date",
            "end_date",
            "quality",
            "partnership_end",
        ]
        labels = {
            "person_a": "This person",
            "kind": "is the",
            "person_b": "of this person",
            "parental_responsibility": "Has parental responsibility",
        }

    def __init__(self, *args: Any, people: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("person_a", "person_b"):
            field = self.fields[name]
            field.queryset = people  # type: ignore[attr-defined]
            field.empty_label = "Choose a person"  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("person_a") and cleaned.get("person_a") == cleaned.get("person_b"):
            self.add_error("person_b", "Choose two different people")
        check_range(cleaned, "start_date", "end_date", self, "End date must be on or after the start date")
        return cleaned


class SearchForm(forms.Form):
    q = forms.CharField(label="Name, local ID, UPN or NHS number", max_length=100, required=False)
