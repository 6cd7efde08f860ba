"""Form helpers shared by every app: GOV.UK-style date fields and range checks."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from django import forms
from django.http import HttpRequest, QueryDict
from django.utils import timezone


class DateField(forms.DateField):
    """A date typed as day/month/year, with a hint, as GOV.UK forms ask for it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", "For example, 27/3/2007")
        kwargs.setdefault("input_formats", ["%d/%m/%Y", "%Y-%m-%d"])
        kwargs.setdefault("widget", forms.DateInput(format="%d/%m/%Y", attrs={"width": "10"}))
        kwargs.setdefault("error_messages", {"invalid": "Enter a real date, like 27/3/2007"})
        super().__init__(*args, **kwargs)

    def prepare_value(self, value: Any) -> Any:
        """A date shown in the box as the user would type it (27/3/2007), whatever the locale would print."""
        if isinstance(value, date):
            return f"{value.day}/{value.month}/{value.year}"
        return super().prepare_value(value)


class DateTimeField(forms.DateTimeField):
    """A date and a time of day typed in one box (27/3/2026 21:30), shown back in local time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", "Date and time (24-hour clock), for example 27/3/2026 21:30")
        kwargs.setdefault(
            "input_formats", ["%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%d/%m/%Y %H.%M"]
        )
        kwargs.setdefault("widget", forms.DateTimeInput(attrs={"width": "20"}))
        kwargs.setdefault("error_messages", {"invalid": "Enter a real date and time, like 27/3/2026 21:30"})
        super().__init__(*args, **kwargs)

    def to_python(self, value: Any) -> datetime | None:
        """The time on the UK clock. In the hour the clocks go back, which happens twice, "BST" or "GMT" after the
        time says which (as the page shows a stored time from that hour); a time in the hour they go forward never
        happened."""
        if isinstance(value, datetime):
            return value
        text = str(value or "").strip()
        if not text:
            return None
        zone = _ZONE_SUFFIX.search(text)
        naive = self._naive(text[: zone.start()] if zone else text)
        if not 1900 <= naive.year <= 2100:
            raise forms.ValidationError(
                "Enter a date and time between the years 1900 and 2100", code="invalid"
            )
        london = timezone.get_current_timezone()
        earlier, later = naive.replace(tzinfo=london, fold=0), naive.replace(tzinfo=london, fold=1)
        if earlier.astimezone(UTC).astimezone(london).replace(tzinfo=None) != naive:
            raise forms.ValidationError(
                "That time did not happen: the clocks went forward an hour. Enter the time as the clock showed it",
                code="nonexistent",
            )
        if earlier.utcoffset() == later.utcoffset():
            return earlier.astimezone(UTC)
        if zone is None:
            raise forms.ValidationError(
                "That time happened twice, when the clocks went back: add BST for the first or GMT for the second, "
                f"like {naive.day}/{naive.month}/{naive.year} {naive:%H:%M} BST",
                code="ambiguous",
            )
        # Compared in UTC: Python compares two times of one zone by the clock alone, ignoring which of the two.
        return (earlier if zone.group(1).upper() == "BST" else later).astimezone(UTC)

    def _naive(self, text: str) -> datetime:
        for form in self.input_formats:
            try:
                return datetime.strptime(text, form)
            except (ValueError, TypeError):
                continue
        raise forms.ValidationError(self.error_messages["invalid"], code="invalid")

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            local = timezone.localtime(value) if timezone.is_aware(value) else value
            shown = f"{local.day}/{local.month}/{local.year} {local:%H:%M}"
            if timezone.is_aware(value):
                naive = local.replace(tzinfo=None)
                zone = timezone.get_current_timezone()
                if (
                    naive.replace(tzinfo=zone, fold=0).utcoffset()
                    != naive.replace(tzinfo=zone, fold=1).utcoffset()
                ):
                    shown += f" {local.tzname()}"  # the hour the clocks go back: say which of the two
            return shown
        return super().prepare_value(value)


_ZONE_SUFFIX = re.compile(r"\s+(BST|GMT)$", re.IGNORECASE)


def check_range(cleaned: dict[str, Any], start: str, end: str, form: forms.BaseForm, message: str) -> None:
    """Refuse a date range that ends before it starts, at the form."""
    first: date | None = cleaned.get(start)
    last: date | None = cleaned.get(end)
    if first and last and last < first:
        form.add_error(end, message)


def posted(request: HttpRequest) -> QueryDict | None:
    """The submitted data on a POST (even when empty, so that an empty form shows its errors), else None."""
    return request.POST if request.method == "POST" else None


class GovukErrorsMixin:
    """Required-field messages that say what to do ("Enter the first name", "Select the sex"), as the GOV.UK Design
    System asks, instead of Django's "This field is required". A form may name its own in `required_messages`."""

    required_messages: dict[str, str] = {}
    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            label = str(field.label or name.replace("_", " ")).lower()
            verb = "Select" if isinstance(field, forms.ChoiceField) else "Enter"
            field.error_messages["required"] = self.required_messages.get(name, f"{verb} the {label}")


class VersionField(forms.IntegerField):
    """The version of the record the user opened, sent back with the form so that a change someone else made in
    the meantime is not silently overwritten (audit.recording.save_audited)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(widget=forms.HiddenInput, required=False, min_value=1, **kwargs)


class VersionedFormMixin:
    """Adds the hidden `version` field of a ModelForm's record."""

    fields: dict[str, forms.Field]
    instance: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["version"] = VersionField(initial=getattr(self.instance, "version", None))
