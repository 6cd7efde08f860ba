"""The child's exploitation risk pages: the overview and the screenings. Reading needs Need.VIEW (partners with a
grant see them); writing needs Need.SAFEGUARD (the allocated worker, the manager, the coordinator with a grant).
The risk plan's pages are in views_plan.py, the strategy discussions' in views_discussions.py."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from access.guards import ChildAccess, Need, load_child
from lantern.form_errors import written
from lantern.forms import posted
from lantern.record_pages import DeleteForm
from risk import selectors, services
from risk.forms import ScreeningForm
from risk.indicators import GROUP_LABELS, indicators
from risk.models import Level, Screening


def context_of(access: ChildAccess, **more: Any) -> dict[str, Any]:
    return {"access": access, "child": access.child, **more}


@login_required
def overview(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    child = access.child
    return render(
        request,
        "risk/overview.html",
        context_of(
            access,
            summary=selectors.risk_summary_of(child),
            latest=selectors.latest_screening(child),
            plan=selectors.plan_of(child),
            discussions=list(selectors.discussions_of(child)[:3]),
        ),
    )


@login_required
def screenings(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    rows = list(selectors.screenings_of(access.child))
    return render(request, "risk/screenings.html", context_of(access, screenings=rows))


def _screening(access: ChildAccess, screening_id: Any) -> Screening:
    screening = selectors.screening_of(access.child, screening_id)
    if screening is None:
        raise Http404
    return screening


@login_required
def screening_detail(request: HttpRequest, child_id: UUID, screening_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    screening = _screening(access, screening_id)
    groups: dict[str, list[Any]] = {}
    for grade in screening.grades.all():
        groups.setdefault(GROUP_LABELS.get(grade.group, grade.group), []).append(grade)
    return render(
        request,
        "risk/screening.html",
        context_of(
            access,
            screening=screening,
            groups=list(groups.items()),
            reasons=[r for r in screening.level_reasons.splitlines() if r.strip()],
        ),
    )


@login_required
def screening_edit(request: HttpRequest, child_id: UUID, screening_id: UUID | None = None) -> HttpResponse:
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    child = access.child
    screening = _screening(access, screening_id) if screening_id else Screening(child=child)
    adding = screening_id is None
    form = ScreeningForm(
        posted(request),
        instance=screening,
        child=child,
        indicators=indicators(),
        facts=selectors.indicator_facts(child),
    )
    if request.method == "POST" and form.is_valid():
        if adding:
            screening.screened_by = request.user  # type: ignore[assignment]
        if written(
            request,
            form,
            lambda: services.screening_save(
                actor=request.user,
                screening=screening,
                grades=form.grade_inputs(),
                expected_version=form.cleaned_data["version"],
            ),
        ):
            text = f"Screening saved: the overall level is {screening.get_level_display().lower()}"
            if screening.level == Level.HIGH:
                text += ". Arrange a strategy discussion or network meeting"
            messages.success(request, text)
            return redirect("risk:screening", child_id=child.pk, screening_id=screening.pk)
    back = "risk:screenings" if adding else "risk:screening"
    return render(
        request,
        "risk/screening_form.html",
        context_of(
            access,
            form=form,
            screening=None if adding else screening,
            back_url=_url(back, child, None if adding else screening),
        ),
    )


def _url(name: str, child: Any, record: Any = None) -> str:
    args = [child.pk] if record is None else [child.pk, record.pk]
    return reverse(name, args=args)


@login_required
def screening_delete(request: HttpRequest, child_id: UUID, screening_id: UUID) -> HttpResponse:
    access = load_child(
        request, child_id, need=Need.EDIT
    )  # deleting is for the responsible workers, as for every record
    screening = _screening(access, screening_id)
    form = DeleteForm(posted(request))
    if request.method == "POST" and form.is_valid():
        services.screening_delete(actor=request.user, screening=screening, reason=form.cleaned_data["reason"])
        messages.success(request, "Screening deleted")
        return redirect("risk:screenings", child_id=access.child.pk)
    return render(
        request,
        "risk/delete.html",
        context_of(
            access,
            form=form,
            noun="screening",
            title=str(screening),
            summary=[("Overall level", screening.get_level_display()), ("Review by", screening.review_on)],
            back_url=_url("risk:screening", access.child, screening),
        ),
    )
