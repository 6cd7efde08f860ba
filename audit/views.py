from __future__ import annotations

from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from access.guards import Need, load_child
from audit.selectors import events_for_child


@login_required
def who_has_seen(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.AUDIT)
    page = Paginator(events_for_child(user=request.user, child_id=access.child.pk), 100).get_page(
        request.GET.get("page")
    )
    return render(request, "audit/who_has_seen.html", {"child": access.child, "page": page})
