"""Records for the sharing tests, written through the services as a worker would (so that the chronology and the
audit follow), with invented people only."""

from __future__ import annotations

import datetime
from typing import Any

from care.codes import PlacementProvider, PlacementType
from care.models import Placement
from care.services import care_record_save
from network.models import AgencyKind, NetworkMember
from sharing.models import Method, SharedInformation
from sharing.services import shared_save


def carl_in_network(personas: Any) -> NetworkMember:
    """Carl, the persona carer, in the child's network with his Lantern account."""
    found = NetworkMember.objects.filter(child=personas.child, user=personas.carl).first()
    if found is not None:
        return found
    return NetworkMember.objects.create(
        child=personas.child,
        agency_kind=AgencyKind.CARER,
        agency="Example Fostering",
        role="Foster carer",
        name="Carl Carer",
        user=personas.carl,
        from_date=datetime.date(2024, 1, 10),
    )


def member(personas: Any, *, kind: str, name: str, user: Any = None) -> NetworkMember:
    return NetworkMember.objects.create(
        child=personas.child,
        agency_kind=kind,
        agency=f"{name}'s agency",
        role="Practitioner",
        name=name,
        user=user,
        from_date=datetime.date(2024, 1, 10),
    )


def placement(
    personas: Any, *, start: datetime.date, in_authority: bool = True, carer: str = ""
) -> Placement:
    """A new placement of the persona child from `start` (the persona placement ends the day before)."""
    current = personas.child.placements.filter(end_date__isnull=True).first()
    if current is not None:
        current.end_date = start - datetime.timedelta(days=1)
        current.change_reason = "CARPL"
        care_record_save(actor=personas.wendy, record=current)
    new = Placement(
        child=personas.child,
        place=PlacementType.U4,
        provider=PlacementProvider.PR1 if in_authority else PlacementProvider.PR2,
        carer=carer or "Lee and Kim Invented",
        postcode="LN2 2BB",
        in_authority=in_authority,
        start_date=start,
    )
    care_record_save(actor=personas.wendy, record=new)
    return new


def share(
    personas: Any,
    *,
    item: str,
    shared_on: datetime.date,
    member: NetworkMember | None = None,
    placement: Placement | None = None,
    recipient: str = "",
    recipient_kind: str = "",
    method: str = Method.SECURE_EMAIL,
    acknowledged_on: datetime.date | None = None,
    acknowledged_by: str = "",
) -> SharedInformation:
    chosen = placement or personas.child.placements.order_by("start_date").first()
    shared = SharedInformation(
        child=personas.child,
        placement=chosen,
        item=item,
        member=member,
        recipient=recipient,
        recipient_kind=recipient_kind or ("" if member else AgencyKind.CARER),
        shared_on=shared_on,
        method=method,
        acknowledged_on=acknowledged_on,
        acknowledged_by=acknowledged_by,
    )
    if not recipient and member is None:
        shared.recipient = chosen.carer if chosen else "Someone Invented"
    return shared_save(actor=personas.wendy, shared=shared)


def another_child_placed(*, worker: Any, start: datetime.date, forename: str) -> Any:
    """Another invented child allocated to `worker`, placed from `start` with nothing shared."""
    from casework.tests.factories import AllocationFactory
    from people.tests.factories import ChildFactory, PersonFactory

    child: Any = ChildFactory(
        person=PersonFactory(forename=forename, surname="Invented", date_of_birth=datetime.date(2012, 5, 1))
    )
    AllocationFactory(child=child, worker=worker)
    Placement.objects.create(
        child=child,
        place=PlacementType.U4,
        provider=PlacementProvider.PR1,
        carer="Jo and Ray Invented",
        start_date=start,
    )
    return child
