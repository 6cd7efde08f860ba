"""Transfer summaries: read by anyone who may see the child; added to and signed off by the outgoing worker (or a
team manager in their place); acknowledged by the incoming worker."""

from __future__ import annotations

import base64
from datetime import date
from typing import Any
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
from casework.models import TransferSummary
from lantern.form_errors import refuse_conflict
from lantern.forms import posted
from people.genogram.selectors import genogram_of
from people.models import Child


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
            **_drawn_and_carried(request, access.child, summary),
        },
    )


def _drawn_and_carried(request: HttpRequest, child: Child, summary: TransferSummary) -> dict[str, Any]:
    """The genogram stored when the summary was made (a summary made before genograms were stored shows
    today's), and where "what works" was carried forward from.

    The stored drawing is shown as an image from a data: URL, never inlined: a browser runs no script in an SVG
    shown as an image, so a summary's content that came from elsewhere (a case bundle) cannot put markup in the
    page, whatever it holds. The drawing's own template escapes every name as well."""
    stored = summary.content.get("genogram_svg")
    carried = summary.content.get("what_works_from")
    return {
        "stored_genogram": (
            base64.b64encode(stored.encode()).decode("ascii") if isinstance(stored, str) and stored else None
        ),
        "genogram": None if stored else genogram_of(user=request.user, child=child),
        "what_works_from": _carried_from(carried),
    }


def _carried_from(carried: Any) -> dict[str, Any] | None:
    if not isinstance(carried, dict):
        return None
    try:
        return {"changed_on": date.fromisoformat(carried["changed_on"]), "outgoing": str(carried["outgoing"])}
    except (KeyError, TypeError, ValueError):
        return None
