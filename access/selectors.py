"""The access rule, in one place. Every page, list, search, API call and export that returns children starts here.

A user sees a child only when (a) allocated to the child now, (b) manager of the team of a worker allocated now,
(c) holding an active, unrevoked, time-limited grant for the child, or (d) within an unexpired break-glass use.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from access.models import AccessGrant, BreakGlass
from casework.models import Allocation
from people.models import Child, Person, Relationship


class Basis(StrEnum):
    ALLOCATED = "allocated"
    MANAGER = "manager"
    GRANT = "grant"
    BREAK_GLASS = "break_glass"


def _current_allocations(now: datetime) -> QuerySet[Allocation]:
    today = timezone.localdate(now)
    return Allocation.objects.filter(Q(end_date__isnull=True) | Q(end_date__gte=today), start_date__lte=today)


def _basis_queries(user: Any, now: datetime) -> dict[Basis, QuerySet[Any]]:
    current = _current_allocations(now)
    return {
        Basis.ALLOCATED: current.filter(worker=user).values("child_id"),
        Basis.MANAGER: current.filter(worker__team__manager=user).values("child_id"),
        Basis.GRANT: AccessGrant.objects.filter(
            user=user, starts_at__lte=now, expires_at__gt=now, revoked_at__isnull=True
        ).values("child_id"),
        Basis.BREAK_GLASS: BreakGlass.objects.filter(
            user=user, started_at__lte=now, expires_at__gt=now
        ).values("child_id"),
    }


def visible_children(user: Any, *, at: datetime | None = None) -> QuerySet[Child]:
    if user is None or not user.is_authenticated or not user.is_active:
        return Child.objects.none()
    condition = Q()
    for query in _basis_queries(user, at or timezone.now()).values():
        condition |= Q(pk__in=query)
    return Child.objects.filter(condition)


def access_basis(user: Any, child_id: Any, *, at: datetime | None = None) -> set[Basis]:
    """Why this user may see this child now (empty when they may not)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return set()
    return {
        basis
        for basis, query in _basis_queries(user, at or timezone.now()).items()
        if query.filter(child_id=child_id).exists()
    }


def visible_people(user: Any, *, at: datetime | None = None) -> QuerySet[Person]:
    """Visible children themselves, and everyone with a recorded relationship to a visible child."""
    children = visible_children(user, at=at).values("pk")
    return Person.objects.filter(
        Q(pk__in=children)
        | Q(pk__in=Relationship.objects.filter(person_b__in=children).values("person_a"))
        | Q(pk__in=Relationship.objects.filter(person_a__in=children).values("person_b"))
    )


def visible_relationships(user: Any, *, at: datetime | None = None) -> QuerySet[Relationship]:
    people = visible_people(user, at=at).values("pk")
    return Relationship.objects.filter(person_a__in=people, person_b__in=people)
