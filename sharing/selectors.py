"""Reading what was shared: the log of a child, the sharing checklist of a placement (sharing/checklist.py) one at a
time for a page or in bulk for the alerts, and who in the network a "Record that it was shared" link names."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db.models import Q, QuerySet

from care.models import Placement
from casework.statutory_records import NotificationRecipient, PlacementNotification
from network.models import AgencyKind, NetworkMember
from risk.models import RiskPlan
from sharing.checklist import TEMPORARY_PLACEMENTS, Checklist, Shared, checklist
from sharing.config import checklist_from
from sharing.models import SharedInformation


def log_of(child: Any, *, placement_id: Any = None) -> QuerySet[SharedInformation]:
    """The child's log, latest first; of one placement when `placement_id` is given."""
    found = SharedInformation.objects.filter(child=child).select_related("placement", "member", "shared_by")
    if placement_id is not None:
        found = found.filter(placement_id=placement_id)
    return found.order_by("-shared_on", "item")


def shared_with(user: Any, child: Any) -> QuerySet[SharedInformation]:
    """What was shared with this user, as a member of the child's network."""
    return log_of(child).filter(member__user=user)


def may_acknowledge(user: Any, shared: SharedInformation, *, responsible: bool) -> bool:
    """The recipient themselves (the member's Lantern account), or a responsible worker recording it for them."""
    if responsible:
        return True
    member = shared.member
    return member is not None and member.user_id is not None and member.user_id == user.pk


def _shared_by_placement(placement_ids: list[Any]) -> dict[Any, list[Shared]]:
    found: dict[Any, list[Shared]] = defaultdict(list)
    rows = SharedInformation.objects.filter(placement_id__in=placement_ids).values_list(
        "placement_id", "item", "recipient_kind", "shared_on", "acknowledged_on"
    )
    for placement_id, item, kind, shared_on, acknowledged_on in rows:
        found[placement_id].append(Shared(item, kind, shared_on, acknowledged_on))
    return found


def area_notified(placement_ids: list[Any]) -> dict[Any, date]:
    """The first day the area authority was notified of each placement (casework PlacementNotification)."""
    found: dict[Any, date] = {}
    rows = PlacementNotification.objects.filter(
        placement_id__in=placement_ids, recipient=NotificationRecipient.AREA_AUTHORITY
    ).values_list("placement_id", "sent_on")
    for placement_id, sent_on in rows:
        found[placement_id] = min(sent_on, found.get(placement_id, sent_on))
    return found


def _risk_plans(child_ids: set[Any]) -> dict[Any, date]:
    return dict(RiskPlan.objects.filter(child_id__in=child_ids).values_list("child_id", "agreed_on"))


def checklists(placements: Iterable[Placement], *, today: date) -> dict[Any, Checklist]:
    """The checklist of each placement as it stood on `today`, in four queries whatever the number. The risk plan is
    on the list when the child had one agreed by the end of the placement (or by today)."""
    found = list(placements)
    ids = [p.pk for p in found]
    shared = _shared_by_placement(ids)
    notified = area_notified(ids)
    plans = _risk_plans({p.child_id for p in found})
    chased_from = checklist_from()
    result: dict[Any, Checklist] = {}
    for placement in found:
        until = min(placement.end_date or today, today)
        agreed = plans.get(placement.child_id)
        result[placement.pk] = checklist(
            start=placement.start_date,
            out_of_borough=not placement.in_authority,
            has_risk_plan=agreed is not None and agreed <= until,
            shared=shared.get(placement.pk, []),
            area_authority_notified_on=notified.get(placement.pk),
            risk_plan_agreed_on=agreed,
            temporary=placement.place in TEMPORARY_PLACEMENTS,
            checklist_from=chased_from,
            today=today,
        )
    return result


def checklist_of(placement: Placement, *, today: date) -> Checklist:
    return checklists([placement], today=today)[placement.pk]


def member_for(placement: Placement, kind: str, *, today: date) -> NetworkMember | None:
    """The member of the child's network of this kind involved during the placement: for the carers, preferably
    one whose name or agency the placement names."""
    last = min(placement.end_date or today, today)
    members = list(
        NetworkMember.objects.filter(
            Q(to_date__isnull=True) | Q(to_date__gte=placement.start_date),
            child_id=placement.child_id,
            agency_kind=kind,
            from_date__lte=last,
        ).order_by("from_date", "name")
    )
    if kind == AgencyKind.CARER:
        named = placement.carer.lower()
        for member in members:
            if (
                member.name.lower() in named
                or member.agency.lower() in named
                or named in member.agency.lower()
            ):
                return member
    return members[0] if members else None
