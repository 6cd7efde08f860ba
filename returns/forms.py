"""The form of the SSDA903 page: the collection year to export and check."""

from __future__ import annotations

import importlib.util
from datetime import date
from typing import Any

from django import forms

from lantern.forms import GovukErrorsMixin
from returns.validation import ruleset_name

FIRST_CHECKED_YEAR = 2023  # the oldest rule set the validator ships (lac2022_23)


def current_end_year(today: date) -> int:
    """The END year of the collection year that holds `today` (1 April to 31 March)."""
    return today.year + 1 if (today.month, today.day) >= (4, 1) else today.year


def _has_rules(end_year: int) -> bool:
    return importlib.util.find_spec(f"lac_validator.rules.{ruleset_name(end_year)}") is not None


def year_choices(today: date) -> list[tuple[int, str]]:
    """The collection years that have a DfE rule set in the validator, newest first, up to the current one."""
    return [
        (year, f"{year - 1} to {year} (1 April {year - 1} to 31 March {year})")
        for year in range(current_end_year(today), FIRST_CHECKED_YEAR - 1, -1)
        if _has_rules(year)
    ]


class ReturnYearForm(GovukErrorsMixin, forms.Form):
    year = forms.TypedChoiceField(
        label="Collection year",
        coerce=int,
        help_text="The return is usually sent for the year that ended on the last 31 March",
    )
    required_messages = {"year": "Select the collection year"}

    def __init__(self, *args: Any, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["year"]
        field.choices = year_choices(today)
        # the last year that has ended: the one a return is sent for
        field.initial = current_end_year(today) - 1
