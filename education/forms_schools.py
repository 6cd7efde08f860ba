"""The schools register's form: a school by its DfE URN, with its designated teacher for looked-after children."""

from __future__ import annotations

from typing import Any

from django import forms

from education.models import School
from lantern.forms import GovukErrorsMixin, VersionedFormMixin


class SchoolForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    required_messages = {
        "urn": "Enter the school's URN",
        "name": "Enter the school's name",
        "authority": "Enter the local authority the school is in",
        "phase": "Select the phase",
    }

    class Meta:
        model = School
        fields = [
            "urn",
            "name",
            "authority",
            "phase",
            "area",
            "postcode",
            "easting",
            "northing",
            "designated_teacher",
            "designated_teacher_contact",
        ]
        labels = {"easting": "Easting (OS grid, metres)", "northing": "Northing (OS grid, metres)"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        phase = self.fields["phase"]
        phase.choices = [("", "Choose one"), *list(phase.choices)[1:]]  # type: ignore[attr-defined]
        self.fields["urn"].widget.attrs.update({"width": "10", "spellcheck": "false"})
        self.fields["postcode"].widget.attrs.update({"width": "10", "autocomplete": "postal-code"})
