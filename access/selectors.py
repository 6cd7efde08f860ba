"""The access rule, in one place. Every page, list, search, API call and export that returns children starts here.

A user sees a child only when (a) allocated to the child now, (b) manager of the team of a worker allocated now,
(c) holding an active, unrevoked, time-limited grant for the child, or (d) within an unexpired break-glass use.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from access.basis_sql import basis_flags
from access.models import AccessGrant, BreakGlass
from casework.models import Allocation
from casework.selectors import current_allocations
from people.models import Child


class Basis(StrEnum):
    ALLOCATED = "allocated"
    MANAGER = "manager"
    GRANT = "grant"
    BREAK_GLASS = "break_glass"


def _basis_queries(user: Any, now: datetime) -> dict[Basis, QuerySet[Any]]:
    current = current_allocations(timezone.localdate(now))
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


def may_see(user: Any, child_id: Any, *, at: datetime | None = None) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return any(basis_flags(user.pk, child_id, at or timezone.now()))


def child_with_basis(
    user: Any, child_id: Any, *, at: datetime | None = None
) -> tuple[Child, set[Basis]] | None:
    """The child with the reasons this user may see it, in one query; None when the user may not see it (or there
    is no such child)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    flags = basis_flags(user.pk, child_id, at or timezone.now())
    basis = {b for b, held in zip(Basis, flags, strict=True) if held}
    if not basis:
        return None
    child = Child.objects.select_related("person").filter(pk=child_id).first()
    return (child, basis) if child is not None else None


def break_glass_for_review(*, user: Any) -> QuerySet[BreakGlass]:
    """Break-glass uses on children whose worker, on the day of the use, was in a team this manager manages (the
    manager basis only, as it was then: a later change of worker does not orphan the review)."""
    managed_then = Allocation.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=OuterRef("day")),
        child=OuterRef("child"),
        worker__team__manager=user,
        start_date__lte=OuterRef("day"),
    )

    return (
        BreakGlass.objects.annotate(day=TruncDate("started_at"))
        .filter(Exists(managed_then))
        .exclude(user=user)
        .select_related("user", "child__person", "reviewed_by")
        .order_by("reviewed_at", "-started_at")
    )
