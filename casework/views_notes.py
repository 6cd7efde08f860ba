from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from access.guards import Need, load_child
from audit.recording import EditConflict
from casework import selectors, services
from casework.forms import CaseNoteForm
from lantern.form_errors import refuse_conflict
from lantern.forms import posted


@login_required
def notes(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.STAFF)
    page = Paginator(selectors.case_notes_of_child(user=request.user, child=access.child), 50).get_page(
        request.GET.get("page")
    )
    return render(request, "casework/notes.html", {"access": access, "child": access.child, "page": page})


@login_required
def note_edit(request: HttpRequest, child_id: UUID, note_id: UUID | None = None) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    note = None
    if note_id is not None:
        note = selectors.case_notes_of_child(user=request.user, child=access.child).filter(pk=note_id).first()
        if note is None:
            raise Http404
    form = CaseNoteForm(posted(request), instance=note)
    if request.method == "POST" and form.is_valid():
        try:
            if note is None:
                services.case_note_create(actor=request.user, child=access.child, data=form.cleaned_data)
            else:
                services.case_note_update(actor=request.user, note=note, data=form.cleaned_data)
        except EditConflict as conflict:
            refuse_conflict(request, form, conflict)
        else:
            messages.success(request, "Case note saved")
            return redirect("casework:notes", child_id=access.child.pk)
    return render(
        request,
        "casework/note_form.html",
        {"form": form, "access": access, "child": access.child, "note": note},
    )
