from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from access.guards import Need, load_child, may_list_children
from access.permissions import may_create_child
from access.selectors import visible_children
from audit.recording import EditConflict
from audit.services import audit_search_hits
from care.selectors import placement_on, placements_count
from casework.glance import at_a_glance
from casework.life_strip_of import child_life_strip
from casework.selectors import allocations_of_child
from duties.selectors import child_duty_summary
from escalation.selectors import open_for_child
from lantern.form_errors import add_service_errors, refuse_conflict
from lantern.forms import posted
from missing.banner import risk_banner_of
from people import selectors, services
from people.circle import people_around
from people.forms import ChildForm, NewChildForm, SearchForm
from people.services import CHILD_FIELDS, PERSON_FIELDS


@login_required
def child_detail(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id)
    child = access.child
    own_names, around = people_around(user=request.user, child=child)
    allocations = list(allocations_of_child(child=child))
    today = timezone.localdate()
    return render(
        request,
        "people/child_detail.html",
        {
            "access": access,
            "glance": at_a_glance(user=request.user, child=child, today=today, allocations=allocations),
            "duties": child_duty_summary(user=request.user, child=child, as_of=today),
            "placement_now": placement_on(child=child, day=today),
            "placements_count": placements_count(child=child, day=today),
            "strip": child_life_strip(child=child, allocations=allocations, today=today),
            "banner": risk_banner_of(child, today),
            "open_escalations": open_for_child(child, today),
            "child": child,
            "other_names": own_names,
            "people_around": around,
            "current_allocations": [a for a in allocations if a.is_current_on(today)],
            "past_allocations": [a for a in allocations if not a.is_current_on(today)],
        },
    )


@login_required
def child_create(request: HttpRequest) -> HttpResponse:
    if not may_create_child(request.user):
        raise Http404
    form = NewChildForm(posted(request), user=request.user, initial={"allocated_from": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k in PERSON_FIELDS or k in CHILD_FIELDS}
        try:
            child = services.child_create(
                actor=request.user,
                data=data,
                worker=form.cleaned_data["worker"],
                start_date=form.cleaned_data["allocated_from"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{child.person.full_name} added")
            if visible_children(request.user).filter(pk=child.pk).exists():
                return redirect("people:child", child_id=child.pk)
            return redirect("casework:my-children")
    return render(request, "people/child_form.html", {"form": form, "child": None})


@login_required
def child_edit(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    form = ChildForm(posted(request), child=access.child)
    if request.method == "POST" and form.is_valid():
        data = {
            k: v
            for k, v in form.cleaned_data.items()
            if k in PERSON_FIELDS or k in CHILD_FIELDS or k in ("version", "child_version")
        }
        if not data.get("local_id"):
            data.pop("local_id", None)
        try:
            services.child_update(actor=request.user, child=access.child, data=data)
        except ValidationError as error:
            add_service_errors(form, error)
        except EditConflict as conflict:
            refuse_conflict(request, form, conflict)
        else:
            messages.success(request, "Details saved")
            return redirect("people:child", child_id=access.child.pk)
    return render(request, "people/child_form.html", {"form": form, "child": access.child, "access": access})


@login_required
def search(request: HttpRequest) -> HttpResponse:
    if not may_list_children(request.user):
        raise Http404
    form = SearchForm(request.GET or None)
    results = []
    if form.is_valid() and form.cleaned_data["q"]:
        results = list(selectors.child_search(user=request.user, query=form.cleaned_data["q"])[:50])
        audit_search_hits(
            actor=request.user, request=request, children=results, reason=f"search: {form.cleaned_data['q']}"
        )
    return render(
        request, "people/search.html", {"form": form, "results": results, "searched": form.is_bound}
    )
