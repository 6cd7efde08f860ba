"""The child's professional network for partner systems: members and their access, network meetings with who was
invited and the actions, concerns raised by the network, and the meeting Lantern proposes. The same needs as the
pages (network/views*.py): reading needs Need.VIEW; members and meetings are written with Need.EDIT; concerns are
raised with Need.CONTRIBUTE (the responsible workers and every partner with a grant). Every write goes through
network/services.py, which checks and audits it."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Router, Status

from access.guards import Need, load_child
from chronology.services import partner_agency
from lantern.api.auth import signed_in_user
from lantern.api.schemas import ERRORS, WRITE_ERRORS
from lantern.api.schemas_network import (
    ConcernIn,
    ConcernOut,
    MeetingIn,
    MeetingOut,
    MemberIn,
    MemberOut,
    MemberPatch,
    ProposalOut,
)
from lantern.api.serialise import worker_out
from network import selectors, services
from network.config import meeting_days
from network.loading import risk_facts
from network.models import Concern, MeetingAction, MeetingAttendance, NetworkMeeting, NetworkMember
from network.proposals import propose
from risk.selectors import network_users

router = Router(tags=["network"])


def _member_out(member: NetworkMember) -> dict[str, Any]:
    today = timezone.localdate()
    grant = member.grant
    return {
        **{
            n: getattr(member, n) for n in ("id", "version", "agency_kind", "agency", "role", "name", "email")
        },
        "phone": member.phone,
        "user": worker_out(member.user),
        "from_date": member.from_date,
        "to_date": member.to_date,
        "current": member.from_date <= today and (member.to_date is None or member.to_date >= today),
        "grant": None
        if grant is None
        else {
            "expires_at": grant.expires_at,
            "revoked_at": grant.revoked_at,
            "active": services.grant_active(member),
        },
    }


def _meeting_out(meeting: NetworkMeeting) -> dict[str, Any]:
    return {
        **{n: getattr(meeting, n) for n in ("id", "version", "held_on", "chair", "reason", "decisions")},
        "information_shared": meeting.information_shared,
        "next_meeting_on": meeting.next_meeting_on,
        "attendance": [
            {"name": r.name, "agency": r.agency, "attendance": r.attendance, "member_id": r.member_id}
            for r in meeting.attendance.all()
        ],
        "actions": [
            {
                **{n: getattr(a, n) for n in ("id", "version", "action", "due_on", "done_on", "notes")},
                "owner": worker_out(a.owner),
                "owner_text": a.owner_text,
                "status": selectors.action_status(a)[0],
            }
            for a in meeting.actions.all()
        ],
    }


def _concern_out(concern: Concern) -> dict[str, Any]:
    return {
        **{n: getattr(concern, n) for n in ("id", "noticed_on", "concern", "agency", "urgent", "raised_at")},
        "raised_by": worker_out(concern.raised_by),
        "read_by": worker_out(concern.read_by),
        "read_at": concern.read_at,
        "response": concern.response,
    }


@router.get(
    "/{child_id}/network-members",
    response={200: list[MemberOut], **ERRORS},
    summary="Everyone in the child's professional network, current and past, with their access to the record",
)
def list_members(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.VIEW)
    return [_member_out(m) for m in selectors.members_of(access.child).select_related("user__team")]


@router.post(
    "/{child_id}/network-members",
    response={201: MemberOut, **WRITE_ERRORS},
    summary="Add someone to the network; a partner with a Lantern account may be given access until a day",
)
def create_member(request: HttpRequest, child_id: UUID, payload: MemberIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    user = None
    if payload.user_id is not None:
        user = get_user_model().objects.filter(pk=payload.user_id, is_active=True).first()
        if user is None:
            raise ValidationError({"user_id": "There is no active Lantern user with this id"})
    data = payload.dict(exclude={"user_id", "grant_until", "grant_reason"})
    member = NetworkMember(child=access.child, user=user, recorded_by=signed_in_user(request), **data)
    services.member_save(
        actor=request.user, member=member, grant_until=payload.grant_until, grant_reason=payload.grant_reason
    )
    return Status(201, _member_out(member))


@router.patch(
    "/{child_id}/network-members/{member_id}",
    response={200: MemberOut, **WRITE_ERRORS},
    summary="Change a member's details, or end their involvement (to_date), revoking their access with it",
)
def update_member(
    request: HttpRequest, child_id: UUID, member_id: UUID, payload: MemberPatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.EDIT)
    member = selectors.member_of(access.child, member_id)
    if member is None:
        raise Http404
    changes = payload.dict(exclude_unset=True)
    version = changes.pop("version", None)
    revoke = changes.pop("revoke_grant", True)
    to_date = changes.pop("to_date", None)
    for name, value in changes.items():
        if value is not None:
            setattr(member, name, value)
    with transaction.atomic():  # the change and the end are saved together, or neither
        if changes:
            services.member_save(actor=request.user, member=member, expected_version=version)
            version = member.version
        if to_date is not None:
            services.member_end(
                actor=request.user,
                member=member,
                to_date=to_date,
                revoke_grant=bool(revoke),
                expected_version=version,
            )
    return _member_out(member)


@router.get(
    "/{child_id}/network-meetings",
    response={200: list[MeetingOut], **ERRORS},
    summary="The child's network meetings, latest first, with who was invited and the actions",
)
def list_meetings(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.VIEW)
    return [_meeting_out(m) for m in selectors.meetings_of(access.child)]


@router.post(
    "/{child_id}/network-meetings",
    response={201: MeetingOut, **WRITE_ERRORS},
    summary="Record a network meeting with who was invited (and whether they came) and the actions agreed",
)
def create_meeting(request: HttpRequest, child_id: UUID, payload: MeetingIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    child = access.child
    data = payload.dict(exclude={"attendance", "actions"})
    meeting = NetworkMeeting(child=child, recorded_by=signed_in_user(request), **data)
    members = {m.pk for m in selectors.members_of(child)}
    owners = {u.pk: u for u in network_users(child)}
    rows = []
    for index, person in enumerate(payload.attendance):
        if person.member_id is not None and person.member_id not in members:
            raise ValidationError({f"attendance.{index}.member_id": "Not a member of this child's network"})
        rows.append(
            MeetingAttendance(
                meeting=meeting,
                member_id=person.member_id,
                name=person.name,
                agency=person.agency,
                attendance=person.attendance,
            )
        )
    actions = []
    for index, item in enumerate(payload.actions):
        owner = None
        if item.owner_id is not None:
            owner = owners.get(item.owner_id)
            if owner is None:
                raise ValidationError(
                    {f"actions.{index}.owner_id": "Choose someone in the child's network, or give owner_name"}
                )
        actions.append(
            MeetingAction(
                meeting=meeting,
                child=child,
                action=item.action,
                owner=owner,
                owner_name=item.owner_name,
                owner_agency=item.owner_agency,
                due_on=item.due_on,
            )
        )
    services.meeting_save(actor=request.user, meeting=meeting, attendance=rows, actions=actions)
    return Status(201, _meeting_out(selectors.meetings_of(child).get(pk=meeting.pk)))


@router.get(
    "/{child_id}/concerns",
    response={200: list[ConcernOut], **ERRORS},
    summary="Concerns raised by the child's network, latest first, and whether the worker has read them",
)
def list_concerns(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.VIEW)
    return [_concern_out(c) for c in selectors.concerns_of(access.child).select_related("raised_by__team")]


@router.post(
    "/{child_id}/concerns",
    response={201: ConcernOut, **WRITE_ERRORS},
    summary="Raise a concern about the child; the allocated social worker is alerted until they have read it",
)
def create_concern(request: HttpRequest, child_id: UUID, payload: ConcernIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.CONTRIBUTE)
    user = signed_in_user(request)
    agency = partner_agency(user) or payload.agency.strip() or (str(user.agency) if user.agency_id else "")
    if not agency:
        raise ValidationError({"agency": "Give your agency"})
    concern = Concern(
        child=access.child,
        noticed_on=payload.noticed_on,
        concern=payload.concern,
        agency=agency,
        urgent=payload.urgent,
    )
    services.concern_raise(actor=user, concern=concern)
    return Status(201, _concern_out(concern))


@router.get(
    "/{child_id}/network-meeting-proposal",
    response={200: ProposalOut, **ERRORS},
    summary="Whether Lantern proposes a network meeting for the child now, and why",
)
def meeting_proposal(request: HttpRequest, child_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.VIEW)
    today = timezone.localdate()
    facts = risk_facts(today, [access.child.pk]).get(str(access.child.pk))
    proposal = propose(facts, today, meeting_days=meeting_days()) if facts else None
    return {
        "proposed": proposal is not None,
        "reasons": list(proposal.reasons) if proposal else [],
        "last_meeting_on": facts.last_meeting_on if facts else None,
    }
