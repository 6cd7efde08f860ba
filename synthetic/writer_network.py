"""Writing the network, sharing and escalation records of a built authority (synthetic/writer.py calls this after the
risk records): bulk inserts as (model, specs, spec to instance). A username of "" is written as no user. The
chronology entries of these records are derived afterwards by chronology.sources.rebuild, as for the others."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.db import models

from accounts.models import User
from escalation.models import Escalation, EscalationStep
from network.models import Concern, MeetingAction, MeetingAttendance, NetworkMeeting, NetworkMember
from sharing.models import SharedInformation
from synthetic.spec import Authority

NETWORK_LABELS: dict[type[models.Model], str] = {
    NetworkMember: "network members",
    NetworkMeeting: "network meetings",
    MeetingAttendance: "meeting attendance",
    MeetingAction: "network meeting actions",
    Concern: "concerns from the network",
    SharedInformation: "information shared",
    Escalation: "escalations",
    EscalationStep: "escalation steps",
}


def network_steps(
    a: Authority, users: dict[str, User]
) -> list[tuple[type[Any], Sequence[Any], Callable[[Any], Any]]]:
    def user(name: str) -> User | None:
        return users[name] if name else None

    return [
        (
            NetworkMember,
            a.members,
            lambda m: NetworkMember(
                id=m.id,
                child_id=m.child,
                agency_kind=m.agency_kind,
                agency=m.agency,
                role=m.role,
                name=m.name,
                user=user(m.user),
                email=m.email,
                phone=m.phone,
                from_date=m.from_date,
                to_date=m.to_date,
                grant_id=m.grant,
                recorded_by=user(m.recorded_by),
            ),
        ),
        (
            NetworkMeeting,
            a.meetings,
            lambda m: NetworkMeeting(
                id=m.id,
                child_id=m.child,
                held_on=m.held_on,
                chair=m.chair,
                reason=m.reason,
                information_shared=m.information_shared,
                decisions=m.decisions,
                next_meeting_on=m.next_meeting_on,
                recorded_by=user(m.recorded_by),
            ),
        ),
        (
            MeetingAttendance,
            a.attendance,
            lambda x: MeetingAttendance(
                id=x.id,
                meeting_id=x.meeting,
                member_id=x.member,
                name=x.name,
                agency=x.agency,
                attendance=x.attendance,
                position=x.position,
            ),
        ),
        (
            MeetingAction,
            a.meeting_actions,
            lambda x: MeetingAction(
                id=x.id,
                meeting_id=x.meeting,
                child_id=x.child,
                action=x.action,
                owner=user(x.owner),
                owner_name=x.owner_name,
                owner_agency=x.owner_agency,
                due_on=x.due_on,
                done_on=x.done_on,
                notes=x.notes,
                created_at=x.created_at,
                position=x.position,
            ),
        ),
        (
            Concern,
            a.concerns,
            lambda c: Concern(
                id=c.id,
                child_id=c.child,
                noticed_on=c.noticed_on,
                concern=c.concern,
                agency=c.agency,
                urgent=c.urgent,
                raised_by=users[c.raised_by],
                raised_at=c.raised_at,
                read_by=user(c.read_by),
                read_at=c.read_at,
                response=c.response,
            ),
        ),
        (
            SharedInformation,
            a.shared,
            lambda s: SharedInformation(
                id=s.id,
                child_id=s.child,
                placement_id=s.placement,
                item=s.item,
                description=s.description,
                recipient_kind=s.recipient_kind,
                member_id=s.member,
                recipient=s.recipient,
                shared_on=s.shared_on,
                method=s.method,
                shared_by=user(s.shared_by),
                acknowledged_on=s.acknowledged_on,
                acknowledged_by=s.acknowledged_by,
                notes=s.notes,
            ),
        ),
        (
            Escalation,
            a.escalations,
            lambda e: Escalation(
                id=e.id,
                child_id=e.child,
                raised_on=e.raised_on,
                raised_by=users[e.raised_by],
                raised_by_agency=e.raised_by_agency,
                concerning_agency=e.concerning_agency,
                concerning_user=user(e.concerning_user),
                concern=e.concern,
                why_it_matters=e.why_it_matters,
                wanted_outcome=e.wanted_outcome,
                discussion_id=e.discussion,
                stage=e.stage,
                stage_started_on=e.stage_started_on,
                stage_due_on=e.stage_due_on,
                status=e.status,
                closed_on=e.closed_on,
                resolution=e.resolution,
            ),
        ),
        (
            EscalationStep,
            a.escalation_steps,
            lambda s: EscalationStep(
                id=s.id,
                escalation_id=s.escalation,
                kind=s.kind,
                stage=s.stage,
                taken_on=s.taken_on,
                by=users[s.by],
                agency=s.agency,
                text=s.text,
                due_on=s.due_on,
                recorded_at=s.recorded_at,
            ),
        ),
    ]
