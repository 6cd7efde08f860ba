"""Every text field of every care record form, fuzzed (issue 3: over-long strings, control characters,
right-to-left marks, HTML and script): the text is kept exactly as typed (less the surrounding spaces the form
strips) or refused with a message at the field, the page still shows, and nothing is half-written."""

from __future__ import annotations

from typing import Any

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import Client
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from care.views import LEGAL_STATUSES, PERIODS, PLACEMENTS
from casework.views_records import NOTIFICATIONS, PLANS, REVIEWS, VISITS
from education.views import PEPS
from health.views import CHECKS
from lantern.record_pages import RecordKind

KINDS = (PERIODS, LEGAL_STATUSES, PLACEMENTS, VISITS, REVIEWS, PLANS, NOTIFICATIONS, CHECKS, PEPS)
WITH_TEXT = (PLACEMENTS, VISITS, REVIEWS, PLANS, CHECKS, PEPS)
DATES = st.one_of(
    st.sampled_from(
        ["31/02/2026", "1/1/0001", "99/99/9999", "00/00/0000", "2026-01-01", "1/1/10000", "1 Jan"]
    ),
    st.dates().map(lambda d: f"{d.day}/{d.month}/{d.year}"),
    st.text(max_size=20),
)
HOSTILE = st.sampled_from(
    [
        "<script>alert('x')</script>",
        "=cmd|' /C calc'!A0",
        "\u202eevil\u202c right-to-left",
        "a" * 5000,
        "tab\tand\x07bell",
        "line one\r\nline two",
        "\x00 nul",
        "   ",
        'O\'Brien & "Sons"',
    ]
)
TEXT = st.one_of(HOSTILE, st.text(max_size=400))


class Rollback(Exception):
    pass


def _text_fields(form: forms.BaseForm) -> list[str]:
    return [
        name
        for name, field in form.fields.items()
        if type(field) is forms.CharField and name != "version" and not getattr(field, "choices", None)
    ]


def _base_data(form: forms.BaseForm) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, bound in form._bound_items():  # type: ignore[attr-defined]
        field, value = bound.field, bound.value()
        if isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = field.prepare_value(value)
    return data


@pytest.mark.django_db
@pytest.mark.parametrize("kind", WITH_TEXT, ids=lambda k: k.prefix)
def test_text_is_kept_exactly_or_refused_at_the_field(personas: Any, kind: RecordKind) -> None:
    child, wendy = personas.child, personas.wendy
    record = kind.records(child).first()
    assert record is not None, f"the persona child has no {kind.noun}"
    base = _base_data(kind.form(instance=record, child=child))
    fields = _text_fields(kind.form(instance=record, child=child))
    assert fields, f"{kind.noun} has no free-text field"
    client = Client()
    client.force_login(wendy)

    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(field=st.sampled_from(fields), text=TEXT)
    def check(field: str, text: str) -> None:
        try:
            with transaction.atomic():
                fresh = kind.model._default_manager.get(pk=record.pk)
                before = getattr(fresh, field)
                form = kind.form({**base, field: text}, instance=fresh, child=child)
                if form.is_valid():
                    kind.save(kind, actor=wendy, record=fresh, expected_version=form.cleaned_data["version"])
                    stored = getattr(kind.model._default_manager.get(pk=record.pk), field)
                    assert stored == text.strip()
                    page = client.get(kind.list_url(child.pk))
                    assert page.status_code == 200
                    if stored and len(stored.splitlines()) == 1 and len(stored) < 300:
                        assert escape(stored) in page.content.decode()
                else:
                    assert form.errors, "refused without a message"
                    assert getattr(kind.model._default_manager.get(pk=record.pk), field) == before
                raise Rollback
        except Rollback:
            pass

    check()


def _date_fields(form: forms.BaseForm) -> list[str]:
    return [name for name, field in form.fields.items() if isinstance(field, forms.DateField)]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.prefix)
def test_any_date_typed_is_saved_or_refused_at_the_field(personas: Any, kind: RecordKind) -> None:
    """Impossible, far-past, far-future and garbled dates: refused with a message (or saved when they are real and
    allowed), and the record is unchanged when refused."""
    child, wendy = personas.child, personas.wendy
    record = kind.records(child).first()
    assert record is not None, f"the persona child has no {kind.noun}"
    base = _base_data(kind.form(instance=record, child=child))
    fields = _date_fields(kind.form(instance=record, child=child))

    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(field=st.sampled_from(fields), typed=DATES)
    def check(field: str, typed: str) -> None:
        try:
            with transaction.atomic():
                fresh = kind.model._default_manager.get(pk=record.pk)
                before = getattr(fresh, field)
                form = kind.form({**base, field: typed}, instance=fresh, child=child)
                saved = False
                if form.is_valid():
                    try:
                        kind.save(
                            kind, actor=wendy, record=fresh, expected_version=form.cleaned_data["version"]
                        )
                        saved = True
                    except ValidationError as error:
                        assert error.messages
                else:
                    assert form.errors, "refused without a message"
                if not saved:
                    assert getattr(kind.model._default_manager.get(pk=record.pk), field) == before
                raise Rollback
        except Rollback:
            pass

    check()
