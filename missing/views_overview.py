"""The missing overview page (missing/overview.py): only children the user may see, each listing audited."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from audit.services import audit_search_hits
from missing.overview import overview_for


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    found = overview_for(request.user, timezone.localdate())
    listed = {row.child.pk: row.child for row in found.rows}
    listed |= {child.pk: child for net in found.networks for child in net.children}
    audit_search_hits(
        actor=request.user, request=request, children=listed.values(), reason="listed in the missing overview"
    )
    return render(request, "missing/overview.html", {"overview": found})
