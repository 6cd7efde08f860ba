from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from alerts.selectors import inbox
from alerts.services import alert_acknowledge
from audit.services import audit_search_hits


@login_required
def alerts(request: HttpRequest) -> HttpResponse:
    found = list(inbox(user=request.user).select_related("child__person"))
    children = list({a.child.pk: a.child for a in found if a.child is not None}.values())
    audit_search_hits(actor=request.user, request=request, children=children, reason="listed in alerts")
    return render(request, "alerts/inbox.html", {"alerts": found})


@login_required
@require_POST
def acknowledge(request: HttpRequest, alert_id: UUID) -> HttpResponse:
    """Only the recipient, and only while they may still see the child, can acknowledge an alert."""
    alert = inbox(user=request.user).filter(pk=alert_id).first()
    if alert is None:
        raise Http404
    alert_acknowledge(actor=request.user, alert=alert)
    messages.success(request, "Alert acknowledged")
    return redirect("alerts:inbox")
