"""Factories for the education app."""

from __future__ import annotations

import datetime
from typing import Any

import factory
from django.utils import timezone

from access.tests.factories import AccessGrantFactory
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from education.models import ApproverLevel, MoveReason, Phase, School, SchoolMove
from education.services import school_move_record
from network.models import AgencyKind
from network.tests.factories import NetworkMemberFactory
from people.models import Person


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School

    urn = factory.Sequence(lambda n: f"{990000 + n}")
    name = factory.Sequence(lambda n: f"Example Academy {n}")
    authority = "Lantern Borough Council"
    phase = Phase.SECONDARY
    postcode = "ZZ2 2BB"
    area = "Fictionalton"
    easting = 452000
    northing = 351000
    designated_teacher = "Dana Example"


def make_ks4(child: Any, born: datetime.date = datetime.date(2010, 10, 1)) -> Any:
    """The child with a date of birth that puts them in Year 10 from September 2025 and Year 11 from September
    2026 (Key Stage 4 throughout 2026)."""
    Person.objects.filter(pk=child.person_id).update(date_of_birth=born)
    child.person.refresh_from_db()
    return child


def virtual_school_teacher(child: Any, *, username: str = "vera", granted: bool = True) -> Any:
    """A virtual school user (Role.EDUCATION) in the child's network, with a grant for the child unless not."""
    vera: Any = UserFactory(username=username, first_name="Vera", last_name="Virtual", role=Role.EDUCATION)
    member: Any = NetworkMemberFactory(
        child=child,
        agency_kind=AgencyKind.VIRTUAL_SCHOOL,
        agency="Lantern Virtual School",
        role="Virtual school head",
        name="Vera Virtual",
        user=vera,
        from_date=datetime.date(2025, 1, 1),
    )
    if granted:
        member.grant = AccessGrantFactory(
            child=child,
            user=vera,
            reason="Virtual school for the child",
            starts_at=timezone.make_aware(datetime.datetime(2025, 1, 1)),
        )
        member.save()
    return vera


def record_move(actor: Any, child: Any, **fields: Any) -> SchoolMove:
    """A school move recorded through the service: a choice move out of one Example school into another."""
    values: dict[str, Any] = {
        "from_school": SchoolFactory(),
        "to_school": SchoolFactory(),
        "reason": MoveReason.CHOICE,
        "left_on": datetime.date(2026, 6, 1),
    }
    values.update(fields)
    return school_move_record(actor=actor, move=SchoolMove(child=child, **values))


def approval(**overrides: Any) -> dict[str, Any]:
    """A complete Key Stage 4 approval by the nominated officer."""
    values: dict[str, Any] = {
        "ks4_approved_by": "Nora Nominated",
        "ks4_approver_level": ApproverLevel.NOMINATED_OFFICER,
        "ks4_approved_on": datetime.date(2026, 5, 20),
        "designated_teacher_consulted_on": datetime.date(2026, 5, 18),
        "iro_consulted_on": datetime.date(2026, 5, 19),
    }
    values.update(overrides)
    return values


def make_school(**fields: Any) -> School:
    """A school on the register (SchoolFactory, typed as the model)."""
    school: School = SchoolFactory(**fields)  # type: ignore[assignment]
    return school
