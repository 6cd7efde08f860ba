"""Caseloads and allocations, through the access rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from accounts.models import User
from casework.models import Allocation, AllocationRole
from people.models import Child


def current_allocations(day: date | None = None) -> QuerySet[Allocation]:
    day = day or timezone.localdate()
    return Allocation.objects.filter(Q(end_date__isnull=True) | Q(end_date__gte=day), start_date__lte=day)


def _with_current_workers(children: QuerySet[Child], day: date) -> QuerySet[Child]:
    return children.select_related("person").prefetch_related(
        Prefetch(
            "allocations",
            queryset=current_allocations(day).select_related("worker", "worker__team"),
            to_attr="current_allocations",
        )
    )


def caseload(*, user: Any) -> QuerySet[Child]:
    """ "My children": the children this user is allocated to now."""
    today = timezone.localdate()
    # Being allocated now is itself the first ground of the access rule, so no wider check is needed.
    mine = current_allocations(today).filter(worker=user).values("child_id")
    return _with_current_workers(Child.objects.filter(pk__in=mine), today).order_by(
        "person__surname", "person__forename"
    )


@dataclass
class WorkerCaseload:
    worker: Any
    children: list[Child]


def team_caseloads(*, user: Any) -> list[WorkerCaseload]:
    """A manager's team view: each worker in the teams they manage with the children allocated to them now."""
    today = timezone.localdate()
    allocations = (
        current_allocations(today)
        .filter(worker__team__manager=user, role=AllocationRole.SOCIAL_WORKER)
        .select_related("worker", "child", "child__person")
        .order_by("worker__last_name", "worker__first_name", "child__person__surname")
    )
    by_worker: dict[int, WorkerCaseload] = {}
    for allocation in allocations:
        entry = by_worker.setdefault(allocation.worker_id, WorkerCaseload(allocation.worker, []))
        entry.children.append(allocation.child)
    for worker in User.objects.filter(team__manager=user, is_active=True).order_by("last_name", "first_name"):
        by_worker.setdefault(worker.pk, WorkerCaseload(worker, []))
    return sorted(by_worker.values(), key=lambda w: (w.worker.last_name, w.worker.first_name))


def allocations_of_child(*, child: Child) -> QuerySet[Allocation]:
    """Every allocation of a child the access rule has already cleared (access.guards.load_child), newest first."""
    return (
        Allocation.objects.filter(child=child)
        .select_related("worker", "worker__team")
        .order_by("-start_date", "role")
    )
