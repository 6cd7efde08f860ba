"""The form for a care leaver's circumstances at one of their 17th to 21st birthdays (SSDA903 OC3)."""

from __future__ import annotations

from typing import Any

from casework.care_leaver import CareLeaverOutcome
from casework.care_leaver_rules import accommodation_at_17_problem, age_at, answers_problem, birthday_problem
from lantern.forms import DateField
from lantern.record_pages import ChildRecordForm


class CareLeaverOutcomeForm(ChildRecordForm):
    birthday = DateField(
        label="Which birthday is this about?",
        help_text="Their 17th, 18th, 19th, 20th or 21st birthday. For example, 27/3/2007",
    )
    dated_fields = ("birthday",)
    required_messages = {
        "birthday": "Enter the birthday this is about",
        "in_touch": "Select whether you are in touch with them",
    }
    blank_labels = {"activity": "Not reported", "accommodation": "Not reported"}

    class Meta:
        model = CareLeaverOutcome
        fields = ["birthday", "in_touch", "activity", "accommodation", "notes"]
        help_texts = {
            "in_touch": "Around the birthday: from 3 months before it to 1 month after",
            "activity": "Leave as not reported when you are not in touch with them",
            "accommodation": "Leave as not reported when you are not in touch with them",
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        born = self.child.person.date_of_birth
        day = cleaned.get("birthday")
        problems = birthday_problem(born, day)
        in_touch, activity = cleaned.get("in_touch") or "", cleaned.get("activity") or ""
        accommodation = cleaned.get("accommodation") or ""
        if in_touch:
            problems |= answers_problem(in_touch, activity, accommodation)
        age = age_at(born, day) if born is not None and day is not None else None
        problems |= accommodation_at_17_problem(age, accommodation)
        for field, message in problems.items():
            if field not in self.errors:
                self.add_error(field, message)
        return cleaned
