from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from access.guards import Need, load_child, may_list_children
from access.selectors import break_glass_for_review
from accounts.roles import Role
from audit.recording import EditConflict
from audit.services import audit_search_hits
from care.selectors import stability_of
from casework import selectors, services
from casework.forms import AllocationForm
from duties.selectors import caseload_duties, team_duties
from lantern.form_errors import refuse_conflict
from lantern.forms import posted


@login_required
def my_children(request: HttpRequest) -> HttpResponse:
    if not may_list_children(request.user):  # the return interview service starts from its own worklist
        return redirect("missing:overview")
    children = list(selectors.caseload(user=request.user))
    audit_search_hits(actor=request.user, request=request, children=children, reason="listed in My children")
    duties = caseload_duties(user=request.user, children=children, as_of=timezone.localdate())
    for child in children:
        setattr(child, "duties", duties[str(child.pk)])  # noqa: B010 - shown beside the child in the page
    return render(request, "casework/my_children.html", {"children": children})


@login_required
def team(request: HttpRequest) -> HttpResponse:
    if request.user.role != Role.TEAM_MANAGER:  # type: ignore[union-attr]
        raise Http404
    workers = selectors.team_caseloads(user=request.user)
    listed = [child for entry in workers for child in entry.children]
    children = list({child.pk: child for child in listed}.values())
    today = timezone.localdate()
    audit_search_hits(actor=request.user, request=request, children=listed, reason="listed in the team view")
    waiting = break_glass_for_review(user=request.user).filter(reviewed_at__isnull=True).count()
    continuity = selectors.continuity_of(child_ids=[child.pk for child in listed])
    for child in listed:
        setattr(child, "continuity", continuity.get(child.pk))  # noqa: B010 - shown beside the child in the page
    flagged = list({c.pk: c for c in listed if (f := continuity.get(c.pk)) and f.flagged}.values())
    return render(
        request,
        "casework/team.html",
        {
            "workers": workers,
            "break_glass_waiting": waiting,
            "many_workers": flagged,
            "team_continuity": selectors.continuity_by_team(workers=workers, continuity=continuity),
            "overdue_transfers": list(selectors.overdue_transfer_summaries(user=request.user)),
            "duties": team_duties(user=request.user, children=children, as_of=today),
            "stability": stability_of([c.pk for c in children], today),
        },
    )


@login_required
def allocation_edit(request: HttpRequest, child_id: UUID, allocation_id: UUID | None = None) -> HttpResponse:
    access = load_child(request, child_id, need=Need.ALLOCATE)
    allocation = None
    if allocation_id is not None:
        allocation = selectors.allocations_of_child(child=access.child).filter(pk=allocation_id).first()
        if allocation is None:
            raise Http404
    form = AllocationForm(posted(request), instance=allocation)
    if request.method == "POST" and form.is_valid():
        try:
            if allocation is None:
                services.allocation_create(
                    actor=request.user,
                    child=access.child,
                    **{
                        k: form.cleaned_data[k]
                        for k in ("worker", "role", "start_date", "end_date", "end_reason")
                    },
                )
            else:
                services.allocation_update(actor=request.user, allocation=allocation, data=form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        except EditConflict as conflict:
            refuse_conflict(request, form, conflict)
        else:
            messages.success(request, "Allocation saved")
            return redirect("people:child", child_id=access.child.pk)
    return render(
        request,
        "casework/allocation_form.html",
        {"form": form, "access": access, "child": access.child, "allocation": allocation},
    )
