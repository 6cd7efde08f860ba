"""The carer and provider register's pages under /carers/: the list with its filters, an entry's page with its
record of placements and the children living there now, and the forms to add and change an entry. The authority's
staff use it (accounts.roles.REGISTER_USERS); anyone else gets 404, and the refusal is audited."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from access.selectors import visible_children
from accounts.roles import may_edit_register, may_use_register
from audit.actions import AuditAction
from audit.services import audit_record, audit_search_hits
from care.models import CarerProvider
from care.register_forms import CarerProviderForm, RegisterFilterForm
from care.register_listing import RegisterRow, register_rows
from care.register_selectors import current_placements, placement_record_of, unplanned_reasons
from care.register_services import carer_save
from lantern.form_errors import written
from lantern.forms import posted


def guard_register(request: HttpRequest, *, edit: bool = False, carer_id: Any = "") -> None:
    """404 (audited) unless the user's role may use the register, or change it when `edit`."""
    role = getattr(request.user, "role", "")
    if may_edit_register(role) if edit else may_use_register(role):
        return
    audit_record(
        actor=request.user,
        action=AuditAction.REFUSAL,
        request=request,
        object_type="carer",
        object_id=carer_id,
        reason=f"the carer register needs a role that may {'change' if edit else 'use'} it",
    )
    raise Http404("Not allowed")


def _entry(carer_id: UUID) -> CarerProvider:
    carer = CarerProvider.objects.filter(pk=carer_id).first()
    if carer is None:
        raise Http404
    return carer


@login_required
def register_list(request: HttpRequest) -> HttpResponse:
    guard_register(request)
    form = RegisterFilterForm(request.GET or None)
    rows = register_rows(form.wanted(), timezone.localdate())
    audit_record(
        actor=request.user,
        action=AuditAction.SEARCH,
        request=request,
        object_type="carer",
        reason="register list",
    )
    return render(
        request,
        "care/register/list.html",
        {"form": form, "rows": rows, "may_edit": may_edit_register(request.user.role)},  # type: ignore[union-attr]
    )


@login_required
def register_detail(request: HttpRequest, carer_id: UUID) -> HttpResponse:
    guard_register(request, carer_id=carer_id)
    carer = _entry(carer_id)
    today = timezone.localdate()
    placements = list(current_placements(carer.pk, today))
    visible = set(
        visible_children(request.user)
        .filter(pk__in=[p.child_id for p in placements])
        .values_list("pk", flat=True)
    )
    named = [p for p in placements if p.child_id in visible]
    audit_record(
        actor=request.user, action=AuditAction.VIEW, request=request, object_type="carer", object_id=carer.pk
    )
    audit_search_hits(
        actor=request.user,
        request=request,
        children=[p.child for p in named],
        reason=f"living with {carer.name} ({carer.reference}), named on its register page",
    )
    row = RegisterRow(carer, len(placements), placement_record_of(carer.pk))
    return render(
        request,
        "care/register/detail.html",
        {
            "row": row,
            "carer": carer,
            "named": named,
            "others": len(placements) - len(named),
            "reasons": unplanned_reasons(carer.pk),
            "may_edit": may_edit_register(request.user.role),  # type: ignore[union-attr]
        },
    )


@login_required
def register_edit(request: HttpRequest, carer_id: UUID | None = None) -> HttpResponse:
    guard_register(request, edit=True, carer_id=carer_id or "")
    carer = _entry(carer_id) if carer_id else CarerProvider()
    form = CarerProviderForm(posted(request), instance=carer)
    if request.method == "POST" and form.is_valid():
        version = form.cleaned_data["version"]
        if written(
            request, form, lambda: carer_save(actor=request.user, carer=carer, expected_version=version)
        ):
            messages.success(request, f"{carer.name} saved")
            return redirect(reverse("care:register-detail", args=[carer.pk]))
    return render(
        request, "care/register/form.html", {"form": form, "carer": None if carer_id is None else carer}
    )
