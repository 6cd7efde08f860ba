"""The child's risk plan and its actions. Everyone who sees the child reads the plan (carers too: DESIGN.md, users
and roles); the allocated worker, the manager and the coordinator with a grant write it (Need.SAFEGUARD)."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from access.guards import ChildAccess, Need, load_child
from lantern.form_errors import written
from lantern.forms import posted
from lantern.record_pages import DeleteForm
from risk import selectors, services
from risk.forms import RiskActionForm, RiskPlanForm
from risk.models import RiskPlan, RiskPlanAction
from risk.views import context_of


def _plan_url(child_id: UUID, action: RiskPlanAction | None = None) -> str:
    anchor = f"#action-{action.pk}" if action is not None else ""
    return reverse("risk:plan", args=[child_id]) + anchor


@login_required
def plan(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    today = timezone.localdate()
    actions = [(a, selectors.action_status(a, today=today)) for a in selectors.actions_of(access.child)]
    return render(
        request,
        "risk/plan.html",
        context_of(access, plan=selectors.plan_of(access.child), actions=actions, today=today),
    )


@login_required
def plan_edit(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    record = selectors.plan_of(access.child)
    adding = record is None
    record = record or RiskPlan(child=access.child)
    form = RiskPlanForm(posted(request), instance=record, child=access.child)
    if request.method == "POST" and form.is_valid():
        if adding:
            record.recorded_by = request.user  # type: ignore[assignment]
        if written(
            request,
            form,
            lambda: services.risk_plan_save(
                actor=request.user, plan=record, expected_version=form.cleaned_data["version"]
            ),
        ):
            messages.success(request, "Risk plan saved")
            return redirect(_plan_url(access.child.pk))
    heading = "Write the risk plan" if adding else "Change the risk plan"
    return render(
        request,
        "risk/form.html",
        context_of(
            access,
            form=form,
            heading=heading,
            button="Save the risk plan",
            back_url=_plan_url(access.child.pk),
        ),
    )


def _action(access: ChildAccess, action_id: UUID) -> RiskPlanAction:
    action = selectors.actions_of(access.child).filter(pk=action_id).first()
    if action is None:
        raise Http404
    return action


@login_required
def action_edit(request: HttpRequest, child_id: UUID, action_id: UUID | None = None) -> HttpResponse:
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    action = _action(access, action_id) if action_id else RiskPlanAction(child=access.child)
    adding = action_id is None
    form = RiskActionForm(
        posted(request), instance=action, child=access.child, network=selectors.network_users(access.child)
    )
    if request.method == "POST" and form.is_valid():
        if adding:
            action.recorded_by = request.user  # type: ignore[assignment]
        if written(
            request,
            form,
            lambda: services.risk_action_save(
                actor=request.user, action=action, expected_version=form.cleaned_data["version"]
            ),
        ):
            messages.success(request, "Action saved")
            return redirect(_plan_url(access.child.pk, action))
    return render(
        request,
        "risk/form.html",
        context_of(
            access,
            form=form,
            heading="Add an action to the risk plan" if adding else "Change the action",
            button="Save the action",
            back_url=_plan_url(access.child.pk, None if adding else action),
            delete_url=""
            if adding or not access.may_edit
            else reverse("risk:action-delete", args=[access.child.pk, action.pk]),
        ),
    )


@login_required
def action_delete(request: HttpRequest, child_id: UUID, action_id: UUID) -> HttpResponse:
    access = load_child(
        request, child_id, need=Need.EDIT
    )  # deleting is for the responsible workers, as for every record
    action = _action(access, action_id)
    form = DeleteForm(posted(request))
    if request.method == "POST" and form.is_valid():
        services.risk_action_delete(actor=request.user, action=action, reason=form.cleaned_data["reason"])
        messages.success(request, "Action deleted")
        return redirect(_plan_url(access.child.pk))
    return render(
        request,
        "risk/delete.html",
        context_of(
            access,
            form=form,
            noun="action",
            title=action.action,
            summary=[("Who will do it", action.owner_text), ("Due by", action.due_on)],
            back_url=_plan_url(access.child.pk, action),
        ),
    )
