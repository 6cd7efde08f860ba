"""The child's own story: the psycho-social history in sections, and the child's wishes and feelings."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from access.guards import Need, load_child
from audit.recording import EditConflict
from casework import selectors, services
from casework.forms import HistorySectionForm, WishesForm
from casework.models import HistorySectionKind
from lantern.form_errors import refuse_conflict
from lantern.forms import posted


@login_required
def history(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id)
    sections = selectors.history_of(user=request.user, child=access.child)
    return render(
        request,
        "casework/history.html",
        {"access": access, "child": access.child, "sections": sections, "today": timezone.localdate()},
    )


@login_required
def history_edit(request: HttpRequest, child_id: UUID, kind: str) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    if kind not in HistorySectionKind.values:
        raise Http404
    section = next(s for k, _, s in selectors.history_of(user=request.user, child=access.child) if k == kind)
    initial = {"text": section.text, "version": section.version} if section else {}
    form = HistorySectionForm(posted(request), initial=initial)
    form.fields["text"].label = HistorySectionKind(kind).label
    if request.method == "POST" and form.is_valid():
        try:
            services.history_section_save(
                actor=request.user,
                child=access.child,
                kind=kind,
                text=form.cleaned_data["text"],
                version=form.cleaned_data["version"],
            )
        except EditConflict as conflict:
            refuse_conflict(request, form, conflict)
        else:
            messages.success(request, f"{HistorySectionKind(kind).label}: saved and marked as reviewed today")
            return redirect("casework:history", child_id=access.child.pk)
    return render(
        request,
        "casework/history_form.html",
        {
            "form": form,
            "access": access,
            "child": access.child,
            "section": section,
            "label": HistorySectionKind(kind).label,
        },
    )


@login_required
def wishes(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id)
    said = selectors.wishes_of(user=request.user, child=access.child)
    return render(request, "casework/wishes.html", {"access": access, "child": access.child, "said": said})


@login_required
def wishes_add(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    form = WishesForm(posted(request), initial={"said_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        services.wishes_create(actor=request.user, child=access.child, data=form.cleaned_data)
        messages.success(request, "Wishes and feelings saved")
        return redirect("casework:wishes", child_id=access.child.pk)
    return render(
        request, "casework/wishes_form.html", {"form": form, "access": access, "child": access.child}
    )
