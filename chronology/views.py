from __future__ import annotations

from dataclasses import replace
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from access.guards import ChildAccess, Need, load_child
from audit.actions import AuditAction
from audit.recording import EditConflict
from audit.services import audit_record
from chronology import csv_format, selectors, services
from chronology.forms import AnalysisForm, EntryForm, FilterForm, ImportForm
from chronology.gaps import Gap, interleave
from chronology.models import ChronologyEntry
from chronology.selectors import Filters
from chronology.sources import source_of
from lantern.csv_export import csv_response
from lantern.form_errors import add_service_errors, refuse_conflict
from lantern.forms import posted
from lantern.pdf import pdf_response, render_pdf
from people.genogram.selectors import genogram_of
from people.genogram.svg import genogram_svg

PAGE_SIZE = 50
CSV_HEADER = (
    "date",
    "end_date",
    "date_accuracy",
    "agency",
    "category",
    "event",
    "significance",
    "impact",
    "source",
    "source_reference",
)


def _filter_form(request: HttpRequest, access: ChildAccess) -> FilterForm:
    agencies = selectors.agencies_for(user=request.user, child=access.child)
    return FilterForm(request.GET or None, agencies=agencies)


def _page_gaps(
    entries: QuerySet[ChronologyEntry],
    page: Page[ChronologyEntry],
    ascending: list[ChronologyEntry],
    newest: bool,
) -> list[Gap]:
    """The gaps among this page's entries and the one that separates it from the page of earlier entries; the
    page that holds the latest entry also shows any gap after it (up to the end of a period entry). The pages'
    neighbours are taken in paging order, so a day whose entries straddle two pages makes no gap twice."""
    days = entries.values_list("occurred_on", flat=True)
    previous = days[page.start_index() - 2] if page.has_previous() else None
    following = days[page.end_index()] if page.has_next() else None
    earlier, later = (following, previous) if newest else (previous, following)
    first, last = ascending[0].occurred_on, ascending[-1].occurred_on
    gaps = selectors.gaps_within(entries, low=earlier or first, high=later)
    return [g for g in gaps if g.start <= last or later is None]


@login_required
def chronology(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id)
    form = _filter_form(request, access)
    filters = form.filters()
    entries = selectors.entries_for(user=request.user, child=access.child, filters=filters)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    on_page = list(page.object_list)
    rows: list[tuple[str, object]] = []
    if on_page:
        ascending = sorted(on_page, key=lambda e: (e.occurred_on, e.created_at))
        rows = interleave(ascending, _page_gaps(entries, page, ascending, filters.newest_first))
        if filters.newest_first:
            rows.reverse()
    responsible = access.allows(Need.EDIT)
    for entry in on_page:
        entry.source_link = source_of(entry)
        entry.changeable = services.may_change(request.user, entry, responsible=responsible)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "chronology/chronology.html",
        {
            "access": access,
            "child": access.child,
            "form": form,
            "page": page,
            "rows": rows,
            "filters": filters,
            "query": query.urlencode(),
            "page_url": reverse("chronology:page", args=[access.child.pk]),
        },
    )


def _audit_export(request: HttpRequest, access: ChildAccess, reason: str) -> None:
    audit_record(
        actor=request.user,
        action=AuditAction.EXPORT,
        request=request,
        object_type="chronology",
        object_id=access.child.pk,
        child_id=access.child.pk,
        reason=reason,
    )


@login_required
def export_csv(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.STAFF)
    form = _filter_form(request, access)
    entries = list(selectors.entries_for(user=request.user, child=access.child, filters=form.filters()))
    _audit_export(request, access, f"chronology CSV, {len(entries)} entries")
    rows = (
        (
            e.occurred_on.isoformat(),
            e.occurred_until.isoformat() if e.occurred_until else "",
            e.date_accuracy,
            e.agency,
            e.get_category_display(),
            e.what_happened,
            e.get_significance_display(),
            e.impact,
            (source_of(e) or ("", ""))[0] or ("Import" if e.imported_id else "Entered by hand"),
            e.source_reference,
        )
        for e in entries
    )
    return csv_response(f"chronology-{access.child.local_id}.csv", CSV_HEADER, rows)


@login_required
def export_pdf(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.STAFF)
    form = _filter_form(request, access)
    filters = form.filters()
    entries = selectors.entries_for(
        user=request.user, child=access.child, filters=replace(filters, newest_first=False)
    )
    listed = list(entries)
    _audit_export(request, access, f"chronology PDF, {len(listed)} entries")
    rows = interleave(listed, selectors.gaps_for(entries)) if listed else []
    document = render_pdf(
        "chronology/chronology_pdf.html",
        {
            "child": access.child,
            "rows": rows,
            "count": len(listed),
            "filtered": replace(filters, newest_first=False) != Filters(),
            "produced_at": timezone.localtime(),
            "produced_by": request.user.display_name,  # type: ignore[union-attr]
            "genogram": genogram_svg(
                genogram_of(user=request.user, child=access.child).drawing, max_width=700
            ),
        },
    )
    return pdf_response(f"chronology-{access.child.local_id}.pdf", document)


def _own_entry(request: HttpRequest, access: ChildAccess, entry_id: UUID) -> ChronologyEntry:
    """The entry, for one who may change it: the responsible workers (Need.EDIT) any entry, a partner in the
    network (Need.CONTRIBUTE) only a manual entry they recorded; anyone else gets 404 and an audited refusal."""
    entry = selectors.entry_for(user=request.user, child=access.child, entry_id=entry_id)
    if entry is None:
        raise Http404
    if not services.may_change(request.user, entry, responsible=access.allows(Need.EDIT)):
        page = request.resolver_match.view_name if request.resolver_match else request.path
        audit_record(
            actor=request.user,
            action=AuditAction.REFUSAL,
            request=request,
            object_type="child",
            object_id=access.child.pk,
            child_id=access.child.pk,
            reason=f"{page} needs edit",
        )
        raise Http404
    return entry


@login_required
def entry_edit(request: HttpRequest, child_id: UUID, entry_id: UUID | None = None) -> HttpResponse:
    """Adding an entry needs Need.CONTRIBUTE: the responsible workers and every partner with a grant (learning
    point 4: partners add what they know from their own view). Changing one needs Need.EDIT, or its author."""
    access = load_child(request, child_id, need=Need.CONTRIBUTE)
    entry = None if entry_id is None else _own_entry(request, access, entry_id)
    manual = entry is None or services.editable_fields(entry) == services.MANUAL_FIELDS
    form: EntryForm | AnalysisForm
    if manual:
        agency = services.partner_agency(request.user)
        form = EntryForm(posted(request), instance=entry, partner_agency=agency)
    else:
        form = AnalysisForm(posted(request), instance=entry)
    if request.method == "POST" and form.is_valid():
        try:
            if entry is None:
                services.entry_create(actor=request.user, child=access.child, data=form.cleaned_data)
            else:
                services.entry_update(actor=request.user, entry=entry, data=form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        except EditConflict as conflict:
            refuse_conflict(request, form, conflict)
        else:
            messages.success(request, "Chronology entry saved")
            return redirect("chronology:page", child_id=access.child.pk)
    return render(
        request,
        "chronology/entry_form.html",
        {
            "form": form,
            "access": access,
            "child": access.child,
            "entry": entry,
            "source": source_of(entry) if entry else None,
            "agency": getattr(form, "partner_agency", None),
        },
    )


@login_required
def entry_delete(request: HttpRequest, child_id: UUID, entry_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.CONTRIBUTE)
    entry = _own_entry(request, access, entry_id)
    if entry.is_derived or entry.imported_id:
        raise Http404
    if request.method == "POST":
        services.entry_delete(actor=request.user, entry=entry)
        messages.success(request, "Chronology entry deleted")
        return redirect("chronology:page", child_id=access.child.pk)
    return render(request, "chronology/entry_delete.html", {"child": access.child, "entry": entry})


@login_required
def import_file(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    form = ImportForm(posted(request), request.FILES or None)
    problems: list[csv_format.Problem] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        agency = form.cleaned_data["agency"].strip()
        rows, problems = csv_format.parse(upload.read(), today=timezone.localdate(), default_agency=agency)
        if not problems:
            batch = services.import_create(
                actor=request.user, child=access.child, filename=upload.name, agency=agency, rows=rows
            )
            messages.success(request, f"{batch.rows} entries imported from {batch.filename}")
            return redirect("chronology:imports", child_id=access.child.pk)
        form.add_error("file", f"The file has {len(problems)} problems and nothing was imported")
    return render(
        request,
        "chronology/import.html",
        {
            "form": form,
            "access": access,
            "child": access.child,
            "problems": problems[:200],
            "more_problems": max(0, len(problems) - 200),
            "columns": csv_format.COLUMNS,
        },
    )


@login_required
def imports(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    batches = selectors.imports_for(user=request.user, child=access.child)
    return render(
        request, "chronology/imports.html", {"access": access, "child": access.child, "batches": batches}
    )


@login_required
def import_undo(request: HttpRequest, child_id: UUID, import_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    batch = selectors.imports_for(user=request.user, child=access.child).filter(pk=import_id).first()
    if batch is None:
        raise Http404
    if request.method == "POST" and batch.undone_at is None:
        try:
            removed = services.import_undo(actor=request.user, batch=batch)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, f"Import of {batch.filename} undone: {removed} entries removed")
        return redirect("chronology:imports", child_id=access.child.pk)
    return render(request, "chronology/import_undo.html", {"child": access.child, "batch": batch})
