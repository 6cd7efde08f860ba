"""The SSDA903 return page for analysts, team managers and administrators: choose a collection year, export and check
it against the DfE rules, and download its CSVs as a zip. Anyone else gets 404, and the refusal is audited (as
matching/views.py does for the outcomes)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils import timezone

from audit.actions import AuditAction
from audit.services import audit_record
from lantern.forms import posted
from returns import services
from returns.export import ExportRefused
from returns.forms import ReturnYearForm
from returns.validation import RefusedInput

OBJECT_TYPE = "ssda903"


def _allowed(request: HttpRequest, route: str) -> None:
    if not services.may_run_return(request.user):
        audit_record(
            actor=request.user,
            action=AuditAction.REFUSAL,
            request=request,
            object_type=OBJECT_TYPE,
            reason=f"{route} needs the role of an analyst, team manager or administrator",
        )
        raise Http404


def _viewed(request: HttpRequest, reason: str) -> None:
    audit_record(
        actor=request.user, action=AuditAction.VIEW, request=request, object_type=OBJECT_TYPE, reason=reason
    )


def _year_label(end_year: int) -> str:
    return f"{end_year - 1}/{end_year % 100:02d}"


def _page(request: HttpRequest, form: ReturnYearForm, **more: Any) -> HttpResponse:
    return render(request, "returns/903.html", {"form": form, **more})


@login_required
def return_903(request: HttpRequest) -> HttpResponse:
    _allowed(request, "returns:903")
    form = ReturnYearForm(posted(request), today=timezone.localdate())
    if request.method != "POST" or not form.is_valid():
        _viewed(
            request, "returns:903 form" + (" shown again: no valid year" if request.method == "POST" else "")
        )
        return _page(request, form)
    year = form.cleaned_data["year"]
    try:
        checked = services.export_and_check(actor=request.user, end_year=year)
    except (ExportRefused, RefusedInput) as error:
        form.add_error("year", str(error))
        _viewed(request, f"returns:903 check of {_year_label(year)} refused")
        return _page(request, form)
    report = checked.report
    openable = services.openable_children(request.user, (f.child for f in report.failures))
    _viewed(request, f"returns:903 check of {_year_label(year)}: {len(report.failures)} failures")
    return _page(
        request,
        form,
        year=year,
        year_label=_year_label(year),
        children=len(checked.exported.children),
        counts=[(name, len(rows)) for name, rows in checked.exported.rows.items()],
        report=report,
        failures=[(failure, openable.get(failure.child)) for failure in report.failures],
    )


@login_required
def download_903(request: HttpRequest) -> HttpResponseBase:
    _allowed(request, "returns:903-download")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ReturnYearForm(request.POST, today=timezone.localdate())
    if form.is_valid():
        year = form.cleaned_data["year"]
        try:
            archive = services.export_as_zip(actor=request.user, end_year=year)
        except ExportRefused as error:
            form.add_error("year", str(error))
        else:
            # each child in it is audited as exported by returns.export.export_903
            _viewed(request, f"returns:903 download of {_year_label(year)} as a zip")
            return FileResponse(
                archive,
                as_attachment=True,
                filename=f"ssda903-{year - 1}-{year % 100:02d}.zip",
                content_type="application/zip",
            )
    _viewed(request, "returns:903 form shown again: the download was refused")
    return _page(request, form)
