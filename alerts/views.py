from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from alerts.selectors import inbox
from audit.services import audit_search_hits


@login_required
def alerts(request: HttpRequest) -> HttpResponse:
    found = list(inbox(user=request.user).select_related("child__person"))
    children = list({a.child.pk: a.child for a in found if a.child is not None}.values())
    audit_search_hits(actor=request.user, request=request, children=children, reason="listed in alerts")
    return render(request, "alerts/inbox.html", {"alerts": found})
