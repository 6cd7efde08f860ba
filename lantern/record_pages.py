"""One mechanism for the pages of a child's dated records (visits, reviews, plans, placements, health checks, PEPs...):
each kind of record is declared once (a RecordKind) and gets its list, add, change and delete pages from it.

The pages follow the case notes' pattern: the child is loaded through access.guards (404 and an audited refusal
for anyone who may not see it or change it; an audited view for a read), the form validates, a service writes (and
audits), an edit made by someone else in the meantime is refused (the hidden `version`), and the service's own
refusals are shown at their fields. A deletion needs a reason, which the service keeps in the audit log."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast
from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils.dateformat import format as date_format
from django.utils.text import capfirst

from access.guards import ChildAccess, Need, load_child
from audit.recording import EditConflict
from lantern.child_records import check_dated, child_record_delete, child_record_save
from lantern.form_errors import add_service_errors, refuse_conflict
from lantern.forms import GovukErrorsMixin, VersionedFormMixin, posted


class ChildRecordForm(GovukErrorsMixin, VersionedFormMixin, forms.ModelForm):
    """A form for one record of one child. The dates in `dated_fields` are checked against the child's date of birth
    and today as the services check them (lantern.child_records.check_dated), so that every problem shows at once;
    a choice with no answer yet reads "Choose one" (or `blank_labels`) rather than dashes."""

    dated_fields: tuple[str, ...] = ()
    blank_labels: dict[str, str] = {}

    def __init__(self, *args: Any, child: Any, **kwargs: Any) -> None:
        self.child = child
        super().__init__(*args, **kwargs)
        if self.instance._state.adding:
            self.fields["version"].initial = None  # a new record has no version to keep
        for name, form_field in self.fields.items():
            blank = self.blank_labels.get(name, "Choose one" if form_field.required else "Not recorded")
            if isinstance(form_field, forms.ModelChoiceField):
                form_field.empty_label = blank
            elif isinstance(form_field, forms.ChoiceField):
                choices: list[Any] = list(cast(Iterable[Any], form_field.choices))
                if choices and choices[0][0] == "":
                    form_field.choices = [("", blank), *choices[1:]]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for name in self.dated_fields:
            try:
                check_dated(child=self.child, field=name, day=cleaned.get(name))
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


class DeleteForm(GovukErrorsMixin, forms.Form):
    reason = forms.CharField(
        label="Why are you deleting it?",
        widget=forms.Textarea,
        max_length=1000,
        help_text="The reason is kept in the audit log with the deleted record",
    )
    required_messages = {"reason": "Give the reason for deleting it"}


@dataclass(frozen=True)
class Shown:
    """One line of a record's summary card: the model field (or `value`, from the record) under a label. An empty
    value shows `empty`, or leaves the line out when there is none; `long` text keeps its line breaks."""

    label: str
    name: str = ""
    value: Callable[[Any], Any] | None = None
    empty: str = ""
    long: bool = False


@dataclass(frozen=True)
class Line:
    label: str
    text: str
    long: bool


@dataclass
class Card:
    """A record as its page shows it: `details` carries what a page adds below it (a placement's notifications)."""

    record: Any
    title: str
    lines: list[Line]
    edit_url: str
    delete_url: str
    details: dict[str, Any] = field(default_factory=dict)


def day_text(day: date | None) -> str:
    """A date as the pages show it: 3 Feb 2024."""
    return date_format(day, "j M Y") if day else ""


def _text(record: models.Model, name: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    try:
        model_field = record._meta.get_field(name)
    except FieldDoesNotExist:  # a value worked out by the declaration
        model_field = None
    if model_field is not None and getattr(model_field, "choices", None):
        return str(getattr(record, f"get_{name}_display")())
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, date):
        return day_text(value)
    if hasattr(value, "display_name"):
        return str(value.display_name)
    return str(value)


def _save_child_record(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return child_record_save(
        actor=actor, instance=record, date_field=kind.date_field, expected_version=expected_version
    )


def _delete_child_record(kind: RecordKind, *, actor: Any, record: Any, reason: str) -> None:
    child_record_delete(actor=actor, instance=record, reason=reason)


@dataclass(frozen=True)
class RecordKind:
    """A kind of record of a child, and how its pages are made.

    The routes are children/<child_id>/<segment>/ (the list, unless the records are listed on another page, like
    placements on the care record), .../new/, .../<id_kwarg>/edit/ and .../<id_kwarg>/delete/, named
    `<namespace>:<prefix>-add` etc.; `list_name` names the page that lists them, where a saved record is shown
    (anchor #record-<pk>)."""

    model: type[models.Model]
    form: type[ChildRecordForm]
    namespace: str
    prefix: str
    segment: str
    id_kwarg: str
    noun: str  # "visit": "Add a visit", "Visit saved"
    plural: str  # "Visits": the list page's heading
    list_name: str
    shown: tuple[Shown, ...]
    date_field: str = ""  # the date the service checks (child_record_save)
    title: Callable[[Any], str] = str
    save: Callable[..., Any] = _save_child_record
    delete: Callable[..., None] = _delete_child_record
    initial: Callable[[HttpRequest], dict[str, Any]] | None = None  # a new record's first values
    recorded_by: str = ""  # the field set to the signed-in user on a new record
    delete_refusal: Callable[[Any], str] | None = None  # why this record cannot be deleted yet, if so
    order_by: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # select_related for the list
    intro: str = ""
    empty: str = ""
    article: str = "a"
    list_label: str = ""  # "the care record": the back link's words, when not the plural
    list_need: Need = Need.VIEW  # what reading the list needs
    edit_need: Need = Need.EDIT  # what adding and changing a record needs
    delete_need: Need = Need.EDIT

    @property
    def back_text(self) -> str:
        return f"Back to {self.list_label or self.plural[:1].lower() + self.plural[1:]}"

    def records(self, child: Any) -> models.QuerySet[Any]:
        queryset = self.model._default_manager.filter(child=child).select_related(*self.related)
        return queryset.order_by(*self.order_by) if self.order_by else queryset

    def url(self, action: str, child_id: Any, record_id: Any = None) -> str:
        kwargs = {"child_id": child_id}
        if record_id is not None:
            kwargs[self.id_kwarg] = record_id
        return reverse(f"{self.namespace}:{self.prefix}-{action}", kwargs=kwargs)

    def list_url(self, child_id: Any, record: Any = None) -> str:
        anchor = f"#record-{record.pk}" if record is not None else ""
        return reverse(self.list_name, args=[child_id]) + anchor

    def card(self, record: Any) -> Card:
        lines = []
        for shown in self.shown:
            value = shown.value(record) if shown.value else getattr(record, shown.name)
            text = _text(record, shown.name, value) or shown.empty
            if text:
                lines.append(Line(shown.label, text, shown.long))
        return Card(
            record=record,
            title=self.title(record),
            lines=lines,
            edit_url=self.url("edit", record.child_id, record.pk),
            delete_url=self.url("delete", record.child_id, record.pk),
        )

    def cards(self, records: Iterable[Any]) -> list[Card]:
        return [self.card(record) for record in records]

    def list_route(self) -> URLPattern:
        return path(
            f"children/<uuid:child_id>/{self.segment}/",
            record_list,
            {"record_kind": self},
            name=self.list_name.split(":", 1)[1],
        )

    def routes(self) -> list[URLPattern]:
        base = f"children/<uuid:child_id>/{self.segment}/"
        one = f"{base}<uuid:{self.id_kwarg}>/"
        extra = {"record_kind": self}
        return [
            path(f"{base}new/", record_edit, extra, name=f"{self.prefix}-add"),
            path(f"{one}edit/", record_edit, extra, name=f"{self.prefix}-edit"),
            path(f"{one}delete/", record_delete, extra, name=f"{self.prefix}-delete"),
        ]


def _record_of(kind: RecordKind, access: ChildAccess, record_id: Any) -> Any:
    record = kind.model._default_manager.filter(child=access.child, pk=record_id).first()
    if record is None:
        raise Http404
    return record


def _context(kind: RecordKind, access: ChildAccess, **more: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "access": access,
        "child": access.child,
        "add_url": kind.url("add", access.child.pk),
        "back_url": kind.list_url(access.child.pk),
        **more,
    }


@login_required
def record_list(request: HttpRequest, child_id: UUID, record_kind: RecordKind) -> HttpResponse:
    access = load_child(request, child_id, need=record_kind.list_need)
    cards = record_kind.cards(record_kind.records(access.child))
    return render(request, "record_pages/list.html", _context(record_kind, access, cards=cards))


@login_required
def record_edit(request: HttpRequest, child_id: UUID, record_kind: RecordKind, **ids: UUID) -> HttpResponse:
    kind = record_kind
    access = load_child(request, child_id, need=kind.edit_need)
    record_id = ids.get(kind.id_kwarg)
    record = _record_of(kind, access, record_id) if record_id else kind.model(child=access.child)
    adding = record_id is None
    initial = kind.initial(request) if adding and kind.initial else None
    form = kind.form(posted(request), instance=record, initial=initial, child=access.child)
    if request.method == "POST" and form.is_valid():
        if adding and kind.recorded_by:
            setattr(record, kind.recorded_by, request.user)
        try:
            kind.save(kind, actor=request.user, record=record, expected_version=form.cleaned_data["version"])
        except EditConflict as conflict:
            refuse_conflict(request, form, conflict)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{capfirst(kind.noun)} saved")
            return redirect(kind.list_url(access.child.pk, record))
    return render(
        request,
        "record_pages/form.html",
        _context(
            kind,
            access,
            form=form,
            record=None if adding else record,
            delete_url=""
            if adding or not access.allows(kind.delete_need)
            else kind.url("delete", access.child.pk, record.pk),
            back_url=kind.list_url(access.child.pk, None if adding else record),
        ),
    )


@login_required
def record_delete(request: HttpRequest, child_id: UUID, record_kind: RecordKind, **ids: UUID) -> HttpResponse:
    kind = record_kind
    access = load_child(request, child_id, need=kind.delete_need)
    record = _record_of(kind, access, ids[kind.id_kwarg])
    refusal = kind.delete_refusal(record) if kind.delete_refusal else ""
    form = None if refusal else DeleteForm(posted(request))
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            kind.delete(kind, actor=request.user, record=record, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{capfirst(kind.noun)} deleted")
            return redirect(kind.list_url(access.child.pk))
    return render(
        request,
        "record_pages/delete.html",
        _context(kind, access, form=form, record=record, card=kind.card(record), refusal=refusal),
    )
