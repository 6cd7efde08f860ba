"""The child's network page (everyone involved, current first then past, with their access), and adding, changing
and ending a member. Reading needs Need.VIEW; changing needs Need.EDIT (the allocated worker and the manager)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from access.guards import ChildAccess, Need, load_child
from lantern.form_errors import written
from lantern.forms import posted
from network import selectors, services
from network.forms import EndForm, MemberForm
from network.loading import proposal_for
from network.models import NetworkMember


def context_of(access: ChildAccess, **more: Any) -> dict[str, Any]:
    """What every network page shows: the child, what the user may do, and any proposed meeting."""
    proposal = proposal_for(access.child, timezone.localdate())
    arrange = ""
    if proposal is not None and access.allows(Need.EDIT):
        arrange = reverse("network:meeting-add", args=[access.child.pk]) + "?" + _reason_query(proposal.text)
    return {
        "access": access,
        "child": access.child,
        "proposal": proposal,
        "arrange_url": arrange,
        "may_edit": access.allows(Need.EDIT),
        "may_contribute": access.allows(Need.CONTRIBUTE),
        **more,
    }


def _reason_query(text: str) -> str:
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    query["reason"] = text
    return query.urlencode()


@login_required
def members(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    network = selectors.network_of(access.child)
    return render(request, "network/members.html", context_of(access, network=network, now=timezone.now()))


def _member(access: ChildAccess, member_id: Any) -> NetworkMember:
    found = selectors.member_of(access.child, member_id)
    if found is None:
        raise Http404
    return found


@login_required
def member_edit(request: HttpRequest, child_id: UUID, member_id: UUID | None = None) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    adding = member_id is None
    member = NetworkMember(child=access.child) if adding else _member(access, member_id)
    offer = not services.grant_active(member)
    form = MemberForm(posted(request), instance=member, child=access.child, offer_grant=offer)
    if request.method == "POST" and form.is_valid():
        until, reason = form.grant if offer else (None, "")
        if written(
            request,
            form,
            lambda: services.member_save(
                actor=request.user,
                member=member,
                grant_until=until,
                grant_reason=reason,
                expected_version=form.cleaned_data["version"],
            ),
        ):
            text = f"{member.name} saved"
            if until is not None:
                text += f": they have access to this child’s record until {until.day} {until:%b %Y}"
            elif not offer and not services.grant_active(member):
                text += "; their involvement ended, so their access to this child’s record was taken away"
            messages.success(request, text)
            return redirect(reverse("network:members", args=[access.child.pk]) + f"#member-{member.pk}")
    return render(
        request,
        "network/member_form.html",
        context_of(access, form=form, member=None if adding else member),
    )


@login_required
def member_end(request: HttpRequest, child_id: UUID, member_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    member = _member(access, member_id)
    form = EndForm(posted(request), initial={"to_date": timezone.localdate()})
    has_grant = services.grant_active(member)
    if not has_grant:
        del form.fields["revoke_grant"]
    if request.method == "POST" and form.is_valid():
        revoke = bool(form.cleaned_data.get("revoke_grant"))
        if written(
            request,
            form,
            lambda: services.member_end(
                actor=request.user, member=member, to_date=form.cleaned_data["to_date"], revoke_grant=revoke
            ),
        ):
            text = f"{member.name}’s involvement ended"
            if has_grant and revoke:
                text += "; their access to this child’s record was taken away"
            messages.success(request, text)
            return redirect("network:members", child_id=access.child.pk)
    return render(
        request, "network/member_end.html", context_of(access, form=form, member=member, has_grant=has_grant)
    )
