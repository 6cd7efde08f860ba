"""The SSDA903 return page for analysts, team managers and administrators: choose a collection year and ask for its
export to be checked against the DfE rules (the task worker runs it; its page shows a progress bar, then the report),
and download the CSVs as a zip. A check is seen only by the user who asked for it. Anyone else gets 404, and the refusal is audited (as
matching/views.py does for the outcomes)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone

from audit.actions import AuditAction
from audit.services import audit_record
from lantern.forms import posted
from returns import selectors, services
from returns.export import ExportRefused
from returns.forms import ReturnYearForm
from returns.models import CheckStatus, ReturnCheck

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
        return _page(request, form, checks=selectors.recent_checks(request.user))
    year = form.cleaned_data["year"]
    check = services.request_check(actor=request.user, end_year=year)
    audit_record(
        actor=request.user,
        action=AuditAction.CREATE,
        request=request,
        object_type=OBJECT_TYPE,
        object_id=check.pk,
        reason=f"returns:903 check of {_year_label(year)} asked for",
    )
    return redirect("returns:903-check", check_id=check.pk)


def _own_check(request: HttpRequest, check_id: UUID, route: str) -> ReturnCheck:
    _allowed(request, route)
    check = selectors.check_for(request.user, check_id)
    if check is None:
        audit_record(
            actor=request.user,
            action=AuditAction.REFUSAL,
            request=request,
            object_type=OBJECT_TYPE,
            object_id=check_id,
            reason=f"{route}: not a check this user asked for",
        )
        raise Http404
    return check


@login_required
def check_903(request: HttpRequest, check_id: UUID) -> HttpResponse:
    check = _own_check(request, check_id, "returns:903-check")
    label = _year_label(check.end_year)
    context: dict[str, Any] = {"check": check, "year": check.end_year, "year_label": label}
    report = check.report if check.status == CheckStatus.DONE else None
    if report is not None:
        failures = report["failures"]
        openable = services.openable_children(request.user, (f["child"] for f in failures))
        context.update(
            report=report,
            counts=list(check.counts.items()),
            failures=[(failure, openable.get(failure["child"])) for failure in failures],
        )
        _viewed(request, f"returns:903 check of {label}: {len(failures)} failures")
    else:
        _viewed(request, f"returns:903 check of {label}: {check.get_status_display().lower()}")
    return render(request, "returns/903_check.html", context)


@login_required
def check_903_status(request: HttpRequest, check_id: UUID) -> JsonResponse:
    """How far the check has got, for the progress bar's script."""
    check = _own_check(request, check_id, "returns:903-check-status")
    _viewed(request, f"returns:903 progress of the {_year_label(check.end_year)} check")
    return JsonResponse(
        {
            "status": check.status,
            "progress": check.progress,
            "stage": check.stage or check.get_status_display(),
            "finished": check.finished,
        }
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
