"""Times typed on the UK clock around the clock changes: in the hour the clocks go back, which happens twice,
"BST" or "GMT" says which, and a stored time from that hour is shown with it so that the form can be saved again; a
time in the hour the clocks go forward never happened; an ordinary time needs nothing more."""

from __future__ import annotations

import datetime

import pytest
from django import forms

from lantern.forms import DateTimeField

UTC = datetime.UTC


def _error(text: str) -> str:
    with pytest.raises(forms.ValidationError) as caught:
        DateTimeField().clean(text)
    return " ".join(caught.value.messages)


def test_an_ordinary_time_is_uk_time() -> None:
    assert DateTimeField().clean("20/7/2026 21:30") == datetime.datetime(2026, 7, 20, 20, 30, tzinfo=UTC)
    assert DateTimeField().clean("20/1/2026 21:30") == datetime.datetime(2026, 1, 20, 21, 30, tzinfo=UTC)


def test_the_hour_the_clocks_go_back_needs_bst_or_gmt() -> None:
    assert "add BST for the first or GMT for the second" in _error("25/10/2026 01:30")
    assert DateTimeField().clean("25/10/2026 01:30 BST") == datetime.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert DateTimeField().clean("25/10/2026 01:30 gmt") == datetime.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_a_stored_time_from_that_hour_is_shown_so_that_it_saves_again() -> None:
    field = DateTimeField()
    for moment in (
        datetime.datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
        datetime.datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
    ):
        shown = field.prepare_value(moment)
        assert shown.endswith(("BST", "GMT"))
        assert field.clean(shown) == moment
    assert field.prepare_value(datetime.datetime(2026, 7, 20, 20, 30, tzinfo=UTC)) == "20/7/2026 21:30"


def test_the_hour_the_clocks_go_forward_never_happened() -> None:
    assert "That time did not happen" in _error("29/3/2026 01:30")


def test_nonsense_is_refused_plainly() -> None:
    assert "Enter a real date and time" in _error("31/2/2026 10:00")
    assert "between the years 1900 and 2100" in _error("1/1/0001 00:30")
