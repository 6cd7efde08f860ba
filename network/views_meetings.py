"""Network meetings, apart from the looked-after reviews (learning point 4): the list, a meeting with who came and
its actions, recording and changing one (Need.EDIT), deleting one with a reason (Need.EDIT), and marking an action
done (Need.EDIT, or the action's owner when they can see the child)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from access.guards import ChildAccess, Need, load_child
from audit.actions import AuditAction
from audit.services import audit_record
from lantern.form_errors import add_service_errors, written
from lantern.forms import posted
from lantern.record_pages import DeleteForm
from network import selectors, services
from network.forms_meetings import ActionDoneForm, MeetingForm, action_formset, attendance_formset
from network.models import NetworkMeeting
from network.views import context_of
from risk.selectors import network_users


@login_required
def meetings(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    rows = list(selectors.meetings_of(access.child))
    actions = [
        (a, *selectors.action_status(a)) for a in selectors.actions_of(access.child) if a.done_on is None
    ]
    return render(request, "network/meetings.html", context_of(access, meetings=rows, open_actions=actions))


def _meeting(access: ChildAccess, meeting_id: Any) -> NetworkMeeting:
    found = selectors.meeting_of(access.child, meeting_id)
    if found is None:
        raise Http404
    return found


@login_required
def meeting_detail(request: HttpRequest, child_id: UUID, meeting_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    meeting = _meeting(access, meeting_id)
    user_id = request.user.pk
    actions = [
        (a, *selectors.action_status(a), access.allows(Need.EDIT) or a.owner_id == user_id)
        for a in meeting.actions.all()
    ]
    return render(request, "network/meeting.html", context_of(access, meeting=meeting, actions=actions))


@login_required
def meeting_edit(request: HttpRequest, child_id: UUID, meeting_id: UUID | None = None) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    child = access.child
    adding = meeting_id is None
    meeting = NetworkMeeting(child=child) if adding else _meeting(access, meeting_id)
    initial = {"reason": request.GET.get("reason", "")[:2000]} if adding else None
    form = MeetingForm(posted(request), instance=meeting, child=child, initial=initial)
    people = attendance_formset(
        posted(request),
        meeting=None if adding else meeting,
        members=selectors.current_members(child),
        member_ids=set(selectors.members_of(child).values_list("pk", flat=True)),
    )
    owners = _owners(child, None if adding else meeting)
    actions = action_formset(posted(request), meeting=None if adding else meeting, owners=owners)
    if request.method == "POST" and all([form.is_valid(), people.is_valid(), actions.is_valid()]):
        stored_people = {} if adding else {r.pk: r for r in meeting.attendance.all()}
        stored_actions = {} if adding else {a.pk: a for a in meeting.actions.all()}
        if written(
            request,
            form,
            lambda: services.meeting_save(
                actor=request.user,
                meeting=meeting,
                attendance=people.rows(meeting, stored_people),
                actions=actions.rows(meeting, stored_actions),
                expected_version=form.cleaned_data["version"],
            ),
        ):
            messages.success(request, "Network meeting saved")
            return redirect("network:meeting", child_id=child.pk, meeting_id=meeting.pk)
    back = reverse("network:meetings", args=[child.pk]) if adding else _url(meeting)
    return render(
        request,
        "network/meeting_form.html",
        context_of(
            access,
            form=form,
            people=people,
            actions=actions,
            meeting=None if adding else meeting,
            back_url=back,
            forms=[form, *people.forms, *actions.forms],
        ),
    )


def _owners(child: Any, meeting: NetworkMeeting | None) -> QuerySet[Any]:
    """Who may own an action: the Lantern users in the network now, and the meeting's owners already chosen (so a
    meeting can be saved again after an owner has left the network)."""
    current = Q(pk__in=network_users(child).values("pk"))
    if meeting is not None:
        current |= Q(pk__in=meeting.actions.filter(owner__isnull=False).values("owner"))
    return (
        get_user_model()
        .objects.filter(current)
        .select_related("agency")
        .order_by("first_name", "last_name", "username")
    )


def _url(meeting: NetworkMeeting) -> str:
    return reverse("network:meeting", args=[meeting.child_id, meeting.pk])


@login_required
def meeting_delete(request: HttpRequest, child_id: UUID, meeting_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    meeting = _meeting(access, meeting_id)
    form = DeleteForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_delete(actor=request.user, meeting=meeting, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Network meeting deleted")
            return redirect("network:meetings", child_id=access.child.pk)
    return render(
        request,
        "network/delete.html",
        context_of(
            access,
            form=form,
            title=str(meeting),
            summary=[("What was decided", meeting.decisions)],
            back_url=_url(meeting),
        ),
    )


@login_required
def action_done(request: HttpRequest, child_id: UUID, network_action_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    action = selectors.actions_of(access.child).filter(pk=network_action_id).first()
    if action is None or not (access.allows(Need.EDIT) or action.owner_id == request.user.pk):
        audit_record(
            actor=request.user,
            action=AuditAction.REFUSAL,
            request=request,
            object_type="meetingaction",
            object_id=network_action_id,
            child_id=child_id,
            reason="mark done: neither the owner nor a responsible worker",
        )
        raise Http404
    form = ActionDoneForm(posted(request), instance=action)
    if (
        request.method == "POST"
        and form.is_valid()
        and written(
            request,
            form,
            lambda: services.action_done(
                actor=request.user,
                action=action,
                done_on=form.cleaned_data["done_on"],
                notes=form.cleaned_data["notes"],
                expected_version=form.cleaned_data["version"],
            ),
        )
    ):
        messages.success(request, "Action saved")
        return redirect(_url(action.meeting) + f"#action-{action.pk}")
    return render(
        request,
        "network/action_done.html",
        context_of(access, form=form, action=action, back_url=_url(action.meeting)),
    )
