from __future__ import annotations

from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from access.guards import load_child
from accounts.roles import Role
from audit.actions import AuditAction
from audit.services import audit_record
from care.selectors import stability_by_team
from duties.duty import OPEN
from duties.duty_calendar import duty_calendar
from duties.selectors import duties_of_child

STABILITY_ROLES = frozenset({Role.TEAM_MANAGER, Role.ANALYST, Role.ADMIN})


@login_required
def child_duties(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id)
    today = timezone.localdate()
    rows = duties_of_child(user=request.user, child=access.child, as_of=today)
    show_all = request.GET.get("show") == "all"
    listed = rows if show_all else [r for r in rows if r.duty.status in OPEN]
    return render(
        request,
        "duties/child.html",
        {
            "access": access,
            "child": access.child,
            "rows": listed,
            "show_all": show_all,
            "today": today,
            "calendar": duty_calendar((r.duty for r in rows), today=today),
        },
    )


@login_required
def stability(request: HttpRequest) -> HttpResponse:
    """Counts without names: the DfE stability measures per team and for the authority."""
    if getattr(request.user, "role", None) not in STABILITY_ROLES:
        raise Http404
    today = timezone.localdate()
    teams, authority = stability_by_team(today)
    audit_record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        object_type="stability",
        reason="aggregate",
    )
    return render(request, "duties/stability.html", {"teams": teams, "authority": authority, "today": today})
