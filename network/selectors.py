"""Reads of a child's network for the pages and the API (the child is already loaded through access.guards, which
applies the access rule and audits the view)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import F, Q, QuerySet
from django.utils import timezone

from care.models import Placement
from care.selectors import placement_on
from network.expected import Placed, missing_members
from network.models import AgencyKind, Concern, MeetingAction, NetworkMeeting, NetworkMember


@dataclass(frozen=True)
class Network:
    current: list[NetworkMember]
    past: list[NetworkMember]
    gaps: list[str]  # the members a worker expects and does not find, in words

    @property
    def by_kind(self) -> list[tuple[str, list[NetworkMember]]]:
        """The current members grouped by kind of agency, in the order of AgencyKind."""
        labels = dict(AgencyKind.choices)
        groups: dict[str, list[NetworkMember]] = {}
        for member in self.current:
            groups.setdefault(member.agency_kind, []).append(member)
        return [(str(labels[kind]), groups[kind]) for kind in AgencyKind.values if kind in groups]


def members_of(child: Any) -> QuerySet[NetworkMember]:
    return NetworkMember.objects.filter(child=child).select_related("user", "grant")


def member_of(child: Any, member_id: Any) -> NetworkMember | None:
    return members_of(child).filter(pk=member_id).first()


def current_members(child: Any, day: date | None = None) -> QuerySet[NetworkMember]:
    on = day or timezone.localdate()
    return members_of(child).filter(Q(to_date__isnull=True) | Q(to_date__gte=on), from_date__lte=on)


def network_of(child: Any, day: date | None = None) -> Network:
    on = day or timezone.localdate()
    everyone = list(members_of(child).order_by("agency_kind", "name"))
    current = [m for m in everyone if m.from_date <= on and (m.to_date is None or m.to_date >= on)]
    past = sorted(
        (m for m in everyone if m not in current), key=lambda m: m.to_date or m.from_date, reverse=True
    )
    placement: Placement | None = placement_on(child=child, day=on)
    gaps = missing_members(
        forename=child.person.forename,
        placement=Placed(placement.carer, placement.in_authority) if placement else None,
        born=child.person.date_of_birth,
        kinds={m.agency_kind for m in current},
        today=on,
    )
    return Network(current, past, gaps)


def meetings_of(child: Any) -> QuerySet[NetworkMeeting]:
    return NetworkMeeting.objects.filter(child=child).prefetch_related("attendance", "actions__owner")


def meeting_of(child: Any, meeting_id: Any) -> NetworkMeeting | None:
    return meetings_of(child).select_related("recorded_by").filter(pk=meeting_id).first()


def actions_of(child: Any) -> QuerySet[MeetingAction]:
    """Open actions first, by due date; then those done."""
    return (
        MeetingAction.objects.filter(child=child)
        .select_related("owner", "meeting")
        .order_by(F("done_on").asc(nulls_first=True), "due_on", "position")
    )


def concerns_of(child: Any) -> QuerySet[Concern]:
    return Concern.objects.filter(child=child).select_related("raised_by", "read_by")


def concern_of(child: Any, concern_id: Any) -> Concern | None:
    return concerns_of(child).filter(pk=concern_id).first()


def action_status(action: MeetingAction, today: date | None = None) -> tuple[str, str]:
    """The action's state in words and the GOV.UK tag colour."""
    day = today or timezone.localdate()
    if action.done_on is not None:
        return f"Done on {action.done_on.day} {action.done_on:%b %Y}", "green"
    if action.due_on < day:
        return f"Overdue: due by {action.due_on.day} {action.due_on:%b %Y}", "red"
    return f"Due by {action.due_on.day} {action.due_on:%b %Y}", "blue"
