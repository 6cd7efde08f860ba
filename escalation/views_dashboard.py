"""The escalation dashboards: open escalations of the children the user may see, by age and stage (each child
listed is audited as a search hit), and the safeguarding partnership's counts, which name no child."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from accounts.roles import Role
from audit.services import audit_search_hits
from escalation.models import Stage
from escalation.selectors import dashboard_for, partnership_counts


def _stage(raw: str | None) -> int | None:
    return int(raw) if raw in {str(s.value) for s in Stage} else None


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    stage = _stage(request.GET.get("stage"))
    rows = dashboard_for(request.user, timezone.localdate(), stage=stage)
    listed = {row.escalation.child_id: row.escalation.child for row in rows}
    audit_search_hits(
        actor=request.user,
        request=request,
        children=listed.values(),
        reason="listed in the escalations dashboard",
    )
    return render(
        request,
        "escalation/dashboard.html",
        {"rows": rows, "stage": stage, "stages": list(Stage), "overdue": sum(r.clock.overdue for r in rows)},
    )


@login_required
def partnership(request: HttpRequest) -> HttpResponse:
    if getattr(request.user, "role", "") != Role.REVIEWER:
        raise Http404
    return render(
        request, "escalation/partnership.html", {"counts": partnership_counts(timezone.localdate())}
    )
