"""Every text field of every care record form, fuzzed (issue 3: over-long strings, control characters,
right-to-left marks, HTML and script): the text is kept exactly as typed (less the surrounding spaces the form
strips) or refused with a message at the field, the page still shows, and nothing is half-written."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any

import pytest
from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models, transaction
from django.test import Client
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from care.views import LEGAL_STATUSES, PERIODS, PLACEMENTS
from casework.views_records import NOTIFICATIONS, PLANS, REVIEWS, VISITS
from casework.views_youth_justice import OUTCOMES
from education.views import ATTENDANCE, ENROLMENTS, EXCLUSIONS, PEPS
from health.views import CHECKS
from health.views_misuse import MISUSE
from lantern.record_pages import RecordKind
from lantern.tests.child_routes import web_child_routes, with_every_record
from missing.views import EPISODES
from permanence.views import DECISIONS, PREVIOUS
from risk.models import RiskPlan
from sharing.views import ENTRIES

KINDS = (
    PERIODS,
    LEGAL_STATUSES,
    PLACEMENTS,
    VISITS,
    REVIEWS,
    PLANS,
    NOTIFICATIONS,
    CHECKS,
    PEPS,
    EPISODES,
    ENROLMENTS,
    ATTENDANCE,
    EXCLUSIONS,
    ENTRIES,
    PREVIOUS,
    DECISIONS,
    MISUSE,
    OUTCOMES,
)
WITH_TEXT = (PLACEMENTS, VISITS, REVIEWS, PLANS, CHECKS, PEPS, EPISODES, EXCLUSIONS, ENTRIES)
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
# Where a record's own values decide whether a text field is shown as typed: the description of something shared is
# shown for "Something else" only, who acknowledged it once it is acknowledged, and a recipient chosen from the
# network replaces the name typed.
AS_TYPED: dict[str, dict[str, Any]] = {
    ENTRIES.prefix: {"item": "other", "description": "Photos", "acknowledged_on": "12/1/2024", "member": ""}
}
# The log of information shared is a table of what, with whom and when: the notes are read on the entry's own page.
ON_ITS_OWN_PAGE = frozenset({ENTRIES.prefix})


class Rollback(Exception):
    pass


@pytest.fixture
def personas(personas: Any) -> Any:
    """With one of every record of the persona child (the education and sharing records among them)."""
    return with_every_record(personas)


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
    base = _base_data(kind.form(instance=record, child=child)) | AS_TYPED.get(kind.prefix, {})
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
                    assert stored == text.strip(), f"{field} was not kept as typed"
                    own = kind.prefix in ON_ITS_OWN_PAGE
                    page = client.get(
                        kind.url("edit", child.pk, record.pk) if own else kind.list_url(child.pk)
                    )
                    assert page.status_code == 200
                    if stored and len(stored.splitlines()) == 1 and len(stored) < 300:
                        assert escape(stored) in page.content.decode(), f"{field} is not shown as typed"
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


class _FormValues(HTMLParser):
    """What a browser would send back from the page's main form, unchanged: its inputs, checked boxes, textareas
    and chosen options; and which of them are free text (a text input or a textarea)."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self.text: list[str] = []
        self._textarea: str | None = None
        self._select: str | None = None
        self._in_form = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("method", "").lower() == "post":
            self._in_form = True
        if tag == "option" and self._select and "selected" in a:
            self.data.setdefault(self._select, []).append(a.get("value", ""))
        if not self._in_form or not a.get("name"):
            return
        name = a["name"]
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file"):
                self.data.setdefault(name, []).append(a.get("value", "on" if kind == "checkbox" else ""))
            if kind == "text":
                self.text.append(name)
        elif tag == "textarea":
            self._textarea = name
            self.data[name] = [""]
            self.text.append(name)
        elif tag == "select":
            self._select = name

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.data[self._textarea][0] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            if self._textarea and self.data[self._textarea][0].startswith("\n"):
                self.data[self._textarea][0] = self.data[self._textarea][0][
                    1:
                ]  # the newline after <textarea>
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._in_form = False


def _error_summary(content: bytes) -> str:
    html = content.decode()
    start = html.find("govuk-error-summary__list")
    return (
        re.sub(r"<[^>]+>|\s+", " ", html[start : html.find("</ul>", start)]) if start >= 0 else "(no summary)"
    )


def _free_text(model: type[Any], name: str) -> bool:
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return isinstance(field, models.CharField | models.TextField) and not field.choices


# The pages of issues 6 to 8 whose records are not RecordKinds (each its own view, form and service), with the
# child's records of their kind. Driven through the page: the form as the page shows it, one text field fuzzed. A
# change page changes the record named in its path; an add page adds one.
PAGES: dict[str, Callable[[Any], Any]] = {
    "risk:screening-edit": lambda child: child.risk_screenings,
    "risk:plan-edit": lambda child: RiskPlan.objects.filter(child=child),
    "risk:action-edit": lambda child: child.risk_actions,
    "risk:discussion-edit": lambda child: child.strategy_discussions,
    "network:member-edit": lambda child: child.network_members,
    "network:meeting-edit": lambda child: child.network_meetings,
    "network:concern-add": lambda child: child.network_concerns,
    "escalation:raise": lambda child: child.escalations,
    "education:move-edit": lambda child: child.school_moves,
}
# The reason a screening's level was raised is shown when the level was raised; an action's owner's agency, when
# the owner has no Lantern account (lantern/owners.py). An add page's form starts empty: what must be there.
PAGE_AS_TYPED: dict[str, dict[str, str]] = {
    "risk:screening-edit": {"judged_level": "high", "judgement_reason": "Seen with older youths"},
    "risk:action-edit": {"owner": "", "owner_name": "Sam Carer", "owner_agency": "Foster carer"},
    "network:concern-add": {"concern": "Seen with older youths"},
    "escalation:raise": {
        "concerning_agency": "Example Constabulary",
        "concern": "No police action after the third missing episode",
        "why_it_matters": "Robin is at risk of exploitation",
        "wanted_outcome": "A joint visit this week",
    },
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(PAGES))
def test_text_typed_on_a_page_of_its_own_is_kept_exactly_or_refused_at_the_field(
    personas: Any, name: str
) -> None:
    child = personas.child
    records = PAGES[name](child).all()
    model = records.model
    path = next(r.path for r in web_child_routes(personas) if r.name == name)
    existing = set(records.values_list("pk", flat=True))
    # the record in the path, or the child's one record of its kind (the risk plan)
    named = [pk for pk in existing if str(pk) in path] or (sorted(existing) if name.endswith("-edit") else [])
    client = Client()
    client.force_login(personas.wendy)
    page = client.get(path)
    assert page.status_code == 200
    form = _FormValues()
    form.feed(page.content.decode())
    base = {**form.data, **PAGE_AS_TYPED.get(name, {})}
    fields = [f for f in dict.fromkeys(form.text) if _free_text(model, f)]
    assert fields, f"{name} has no free-text field"

    def written() -> Any:
        """The record the page changed or added, if any."""
        if named:
            return model._default_manager.get(pk=named[0])
        return records.exclude(pk__in=existing).first()

    with transaction.atomic():  # the form sent back as the page shows it is accepted: the base is sound
        unchanged = client.post(path, base)
        assert unchanged.status_code == 302, (
            f"{name} refused its own form: {_error_summary(unchanged.content)}"
        )
        transaction.set_rollback(True)

    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(field=st.sampled_from(fields), text=TEXT)
    def check(field: str, text: str) -> None:
        try:
            with transaction.atomic():
                before = written()
                response = client.post(path, {**base, field: text})
                after = written()
                if response.status_code == 302:
                    stored = getattr(after, field)
                    assert stored == text.strip(), f"{field} was not kept as typed"
                    shown = client.get(response["Location"])
                    assert shown.status_code == 200
                    if stored and len(stored.splitlines()) == 1 and len(stored) < 300:
                        assert escape(stored) in shown.content.decode(), f"{field} is not shown as typed"
                else:
                    assert response.status_code == 200
                    assert b"govuk-error-summary" in response.content, "refused without a message"
                    if named:
                        assert getattr(after, field) == getattr(before, field), (
                            f"{field} changed, though refused"
                        )
                    else:
                        assert after is None, "a refused form added a record"
                raise Rollback
        except Rollback:
            pass

    check()
