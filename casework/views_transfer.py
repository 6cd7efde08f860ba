"""Transfer summaries: read by anyone who may see the child; added to and signed off by the outgoing worker (or a
team manager in their place); acknowledged by the incoming worker."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from access.guards import load_child
from audit.recording import EditConflict
from casework import selectors, services
from casework.forms import TransferNotesForm
from lantern.form_errors import refuse_conflict
from lantern.forms import posted
from people.genogram.selectors import genogram_of


@login_required
def transfers(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id)
    summaries = selectors.transfer_summaries_of(user=request.user, child=access.child)
    return render(
        request,
        "casework/transfers.html",
        {"access": access, "child": access.child, "summaries": summaries, "today": timezone.localdate()},
    )


@login_required
def transfer(request: HttpRequest, child_id: UUID, summary_id: UUID) -> HttpResponse:
    access = load_child(request, child_id)
    summary = (
        selectors.transfer_summaries_of(user=request.user, child=access.child).filter(pk=summary_id).first()
    )
    if summary is None:
        raise Http404
    # Break-glass access reads only: it never signs or acknowledges.
    outgoing = request.user.pk == summary.outgoing_id and not access.by_break_glass_only
    may_sign = (access.may_edit or outgoing) and services.may_sign_off(request.user, summary)
    may_acknowledge = services.may_acknowledge(request.user, summary) and not access.by_break_glass_only
    form = TransferNotesForm(posted(request) if may_sign else None, instance=summary)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "acknowledge" and may_acknowledge:
                services.transfer_summary_acknowledge(actor=request.user, summary=summary)
                messages.success(request, "Transfer summary acknowledged")
                return redirect("casework:transfer", child_id=access.child.pk, summary_id=summary.pk)
            if not may_sign:
                raise Http404
            if form.is_valid():
                data = {**form.cleaned_data, "sign_off": request.POST.get("action") == "sign_off"}
                services.transfer_summary_update(actor=request.user, summary=summary, data=data)
                messages.success(
                    request, "Transfer summary signed off" if data["sign_off"] else "Draft saved"
                )
                return redirect("casework:transfer", child_id=access.child.pk, summary_id=summary.pk)
        except PermissionDenied as error:
            raise Http404 from error
        except EditConflict as conflict:
            refuse_conflict(request, form, conflict)
    return render(
        request,
        "casework/transfer.html",
        {
            "access": access,
            "child": access.child,
            "summary": summary,
            "form": form,
            "may_sign": may_sign,
            "may_acknowledge": may_acknowledge,
            "today": timezone.localdate(),
            "genogram": genogram_of(user=request.user, child=access.child),
        },
    )
