"""Concerns the network raises from its own view (learning point 4: "no regular opportunity for this network to
share significant information and concerns"). Everyone who sees the child reads them; the responsible workers and
every partner with a grant raise them (Need.CONTRIBUTE); the responsible worker marks them read and responds
(Need.EDIT). A concern never changes once raised."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from access.guards import Need, load_child
from chronology.services import partner_agency
from lantern.form_errors import written
from lantern.forms import posted
from network import selectors, services
from network.forms import ConcernForm, ConcernReadForm
from network.models import Concern
from network.views import context_of


@login_required
def concerns(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    rows = list(selectors.concerns_of(access.child))
    return render(request, "network/concerns.html", context_of(access, concerns=rows))


@login_required
def concern_add(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.CONTRIBUTE)
    user = request.user
    concern = Concern(child=access.child)
    fixed = partner_agency(user)
    agency = str(user.agency) if getattr(user, "agency_id", None) else ""  # type: ignore[union-attr]
    form = ConcernForm(
        posted(request),
        instance=concern,
        child=access.child,
        initial={"agency": agency, "noticed_on": timezone.localdate()},
        partner_agency=fixed,
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and written(request, form, lambda: services.concern_raise(actor=user, concern=concern))
    ):
        messages.success(request, "Concern raised: the allocated social worker has been told")
        return redirect("network:concern", child_id=access.child.pk, concern_id=concern.pk)
    return render(request, "network/concern_form.html", context_of(access, form=form, agency=fixed))


@login_required
def concern_detail(request: HttpRequest, child_id: UUID, concern_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    concern = selectors.concern_of(access.child, concern_id)
    if concern is None:
        raise Http404
    return render(
        request,
        "network/concern.html",
        context_of(access, concern=concern, form=ConcernReadForm(instance=concern)),
    )


@login_required
def concern_read(request: HttpRequest, child_id: UUID, concern_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    concern = selectors.concern_of(access.child, concern_id)
    if concern is None:
        raise Http404
    form = ConcernReadForm(posted(request), instance=concern)
    if (
        request.method == "POST"
        and form.is_valid()
        and written(
            request,
            form,
            lambda: services.concern_read(
                actor=request.user,
                concern=concern,
                response=form.cleaned_data["response"],
                expected_version=form.cleaned_data["version"],
            ),
        )
    ):
        messages.success(request, "Concern marked as read")
        return redirect("network:concern", child_id=access.child.pk, concern_id=concern.pk)
    return render(request, "network/concern.html", context_of(access, concern=concern, form=form))
