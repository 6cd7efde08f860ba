"""Time-limited access grants for one child: how police, health, school and carers get in."""

from __future__ import annotations

import datetime
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone

from access import services
from access.forms import GrantForm
from access.guards import Need, load_child
from access.models import AccessGrant
from lantern.forms import posted


@login_required
def grants(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    form = GrantForm(posted(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        ends = timezone.make_aware(datetime.datetime.combine(data["expires_on"], datetime.time(23, 59, 59)))
        services.grant_create(
            actor=request.user,
            child=access.child,
            user=data["user"],
            reason=data["reason"],
            expires_at=ends,
        )
        messages.success(
            request, f"{data['user'].display_name} can see this record until {data['expires_on']:%d/%m/%Y}"
        )
        return redirect("access:grants", child_id=access.child.pk)
    now = timezone.now()
    rows = AccessGrant.objects.filter(child=access.child).select_related("user", "user__agency", "granted_by")
    return render(
        request,
        "access/grants.html",
        {
            "child": access.child,
            "form": form,
            "active": [
                g
                for g in rows.order_by("expires_at")
                if g.revoked_at is None and g.starts_at <= now < g.expires_at
            ],
            "ended": [
                g for g in rows.order_by("-expires_at") if g.revoked_at is not None or g.expires_at <= now
            ][:50],
        },
    )


@login_required
def grant_revoke(request: HttpRequest, child_id: UUID, grant_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    grant = AccessGrant.objects.filter(child=access.child, pk=grant_id, revoked_at__isnull=True).first()
    if grant is None:
        raise Http404
    services.grant_revoke(actor=request.user, grant=grant)
    messages.success(request, f"Access for {grant.user.display_name} ended")
    return redirect("access:grants", child_id=access.child.pk)
