"""The child's escalations: the list, raising one (Need.CONTRIBUTE: the responsible workers and every partner with a
grant), the detail with every step and the stage's time limit (Need.VIEW), and the steps posted from the detail page
(Need.CONTRIBUTE). Writes go through escalation/services.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone

from access.guards import ChildAccess, Need, load_child
from audit.actions import AuditAction
from audit.services import audit_record
from escalation import selectors, services
from escalation.forms import RaiseForm, StepForm, step_form
from escalation.models import Escalation
from escalation.prefill import from_discussion
from escalation.stages import has_next_stage
from lantern.form_errors import add_service_errors, written
from lantern.forms import posted
from risk.models import StrategyDiscussion
from risk.selectors import discussions_of


def _context(access: ChildAccess, **more: Any) -> dict[str, Any]:
    return {"access": access, "child": access.child, **more}


@login_required
def child_escalations(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    today = timezone.localdate()
    rows = [(e, selectors.clock_of(e, today)) for e in selectors.escalations_of(access.child)]
    return render(request, "escalation/child.html", _context(access, rows=rows))


def _discussion(access: ChildAccess, raw: str | None) -> StrategyDiscussion | None:
    if not raw:
        return None
    try:
        wanted = UUID(raw)
    except ValueError as error:
        raise Http404 from error
    found = discussions_of(access.child).prefetch_related("participants").filter(pk=wanted).first()
    if found is None:
        raise Http404
    return found


@login_required
def raise_escalation(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.CONTRIBUTE)
    source = request.POST if request.method == "POST" else request.GET
    discussion = _discussion(access, source.get("discussion"))
    escalation = Escalation(child=access.child, discussion=discussion)
    initial = from_discussion(discussion) if discussion is not None else {}
    form = RaiseForm(
        posted(request), instance=escalation, initial=initial, child=access.child, actor=request.user
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and written(
            request, form, lambda: services.escalation_raise(actor=request.user, escalation=escalation)
        )
    ):
        messages.success(
            request,
            f"Escalation raised with {escalation.concerning_agency}: stage 1 is due by "
            f"{escalation.stage_due_on.day} {escalation.stage_due_on:%b %Y}",
        )
        return redirect("escalation:detail", child_id=access.child.pk, escalation_id=escalation.pk)
    return render(request, "escalation/raise.html", _context(access, form=form, discussion=discussion))


def _escalation(access: ChildAccess, escalation_id: UUID) -> Escalation:
    found = selectors.escalation_of(access.child, escalation_id)
    if found is None:
        raise Http404
    return found


def _detail(
    request: HttpRequest, access: ChildAccess, escalation: Escalation, **forms: StepForm
) -> HttpResponse:
    today = timezone.localdate()
    shown = {
        action.replace("-", "_"): forms.get(action) or step_form(action)
        for action in ("respond", "next-stage", "resolve", "withdraw")
    }
    failed = next((f for f in forms.values() if f.errors), None)
    return render(
        request,
        "escalation/detail.html",
        _context(
            access,
            escalation=escalation,
            clock=selectors.clock_of(escalation, today),
            steps=list(escalation.steps.all()),
            forms=shown,
            failed=failed,
            may_act=access.may_contribute and escalation.is_open,
            may_withdraw=services.may_withdraw(request.user, escalation),
            has_next=has_next_stage(escalation.stage),
        ),
    )


@login_required
def detail(request: HttpRequest, child_id: UUID, escalation_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    return _detail(request, access, _escalation(access, escalation_id))


_DONE = {
    "respond": "Response recorded",
    "next-stage": "Escalation moved to the next stage",
    "resolve": "Escalation resolved",
    "withdraw": "Escalation withdrawn",
}


def _write(action: str, actor: Any, escalation: Escalation, text: str) -> Callable[[], Any]:
    writes: dict[str, Callable[[], Any]] = {
        "respond": lambda: services.escalation_respond(actor=actor, escalation=escalation, text=text),
        "next-stage": lambda: services.escalation_next_stage(actor=actor, escalation=escalation, why=text),
        "resolve": lambda: services.escalation_resolve(actor=actor, escalation=escalation, resolution=text),
        "withdraw": lambda: services.escalation_withdraw(actor=actor, escalation=escalation, why=text),
    }
    return writes[action]


def _step_view(action: str) -> Callable[..., HttpResponse]:
    @login_required
    def view(request: HttpRequest, child_id: UUID, escalation_id: UUID) -> HttpResponse:
        access = load_child(request, child_id, need=Need.CONTRIBUTE)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        escalation = _escalation(access, escalation_id)
        form = step_form(action, request.POST)
        if form.is_valid():
            try:
                _write(action, request.user, escalation, form.text)()
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _DONE[action])
                return redirect("escalation:detail", child_id=access.child.pk, escalation_id=escalation.pk)
        escalation = _escalation(access, escalation_id)
        audit_record(  # the detail is shown again with the errors: a read of the record, as a GET would be
            actor=request.user,
            action=AuditAction.VIEW,
            request=request,
            object_type="escalation",
            object_id=escalation.pk,
            child_id=access.child.pk,
            reason=f"escalation shown again: the {action.replace('-', ' ')} step was refused",
        )
        return _detail(request, access, escalation, **{action: form})

    view.__name__ = f"escalation_{action.replace('-', '_')}"
    return view


respond = _step_view("respond")
next_stage = _step_view("next-stage")
resolve = _step_view("resolve")
withdraw = _step_view("withdraw")
