"""Caseloads and allocations, through the access rule."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from accounts.models import User
from casework.continuity import THIRD_WORKER, Continuity, Spell, continuity
from casework.models import (
    Allocation,
    AllocationRole,
    CaseNote,
    HistorySection,
    HistorySectionKind,
    TransferSummary,
    WishesAndFeelings,
)
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
        .select_related("worker", "worker__team", "child", "child__person")
        .order_by("worker__last_name", "worker__first_name", "child__person__surname")
    )
    by_worker: dict[int, WorkerCaseload] = {}
    for allocation in allocations:
        entry = by_worker.setdefault(allocation.worker_id, WorkerCaseload(allocation.worker, []))
        entry.children.append(allocation.child)
    workers = User.objects.filter(team__manager=user, is_active=True).select_related("team")
    for worker in workers.order_by("last_name", "first_name"):
        by_worker.setdefault(worker.pk, WorkerCaseload(worker, []))
    return sorted(by_worker.values(), key=lambda w: (w.worker.last_name, w.worker.first_name))


def allocations_of_child(*, child: Child) -> QuerySet[Allocation]:
    """Every allocation of a child the access rule has already cleared (access.guards.load_child), newest first."""
    return (
        Allocation.objects.filter(child=child)
        .select_related("worker", "worker__team")
        .order_by("-start_date", "role")
    )


def case_notes_of_child(*, user: Any, child: Child) -> QuerySet[CaseNote]:
    """The child's case notes, newest first; `child` is one the access rule has cleared for this user."""
    return CaseNote.objects.filter(child=child).select_related("author")


def continuity_of(*, child_ids: Iterable[Any], as_of: date | None = None) -> dict[Any, Continuity]:
    """Social workers in the last 12 and 24 months for each of these children (already cleared for the user)."""
    day = as_of or timezone.localdate()
    spells: dict[Any, list[Spell]] = {}
    rows = Allocation.objects.filter(
        child_id__in=list(child_ids), role=AllocationRole.SOCIAL_WORKER, start_date__lte=day
    ).values_list("child_id", "worker_id", "start_date", "end_date")
    for child_id, worker_id, start, end in rows:
        spells.setdefault(child_id, []).append(Spell(worker_id, start, end))
    return {child_id: continuity(found, as_of=day) for child_id, found in spells.items()}


@dataclass(frozen=True)
class TeamContinuity:
    """For one team: of the children allocated now to its social workers, how many have had 3 or more social
    workers in the last 12 and in the last 24 months (the Child R review, learning point 2)."""

    team: Any
    children: int
    three_or_more_in_12: int
    three_or_more_in_24: int


def continuity_by_team(
    *, workers: Iterable[WorkerCaseload], continuity: dict[Any, Continuity]
) -> list[TeamContinuity]:
    """Per team, from a manager's team caseloads and the children's continuity (continuity_of); a child allocated
    to two workers of one team counts once."""
    teams: dict[Any, tuple[Any, dict[Any, Continuity | None]]] = {}
    for entry in workers:
        team = entry.worker.team
        if team is None:
            continue
        _, children = teams.setdefault(team.pk, (team, {}))
        for child in entry.children:
            children[child.pk] = continuity.get(child.pk)
    found = []
    for team, children in teams.values():
        counts = [c for c in children.values() if c is not None]
        found.append(
            TeamContinuity(
                team=team,
                children=len(children),
                three_or_more_in_12=sum(1 for c in counts if c.last_12_months >= THIRD_WORKER),
                three_or_more_in_24=sum(1 for c in counts if c.last_24_months >= THIRD_WORKER),
            )
        )
    return sorted(found, key=lambda t: (t.team.name, t.team.pk))


def history_of(*, user: Any, child: Child) -> list[tuple[str, str, HistorySection | None]]:
    """Every section of the child's history in order, (kind, label, section or None when not yet written)."""
    sections = {s.kind: s for s in HistorySection.objects.filter(child=child).select_related("reviewed_by")}
    return [(kind.value, kind.label, sections.get(kind.value)) for kind in HistorySectionKind]


def wishes_of(*, user: Any, child: Child) -> QuerySet[WishesAndFeelings]:
    return WishesAndFeelings.objects.filter(child=child).select_related("heard_by")


def transfer_summaries_of(*, user: Any, child: Child) -> QuerySet[TransferSummary]:
    return TransferSummary.objects.filter(child=child).select_related("outgoing", "incoming")


def overdue_transfer_summaries(*, user: Any, as_of: date | None = None) -> QuerySet[TransferSummary]:
    """Summaries not signed off and acknowledged within 5 working days of the change, for the children whose
    outgoing or incoming worker is in a team this manager manages, and whom the manager may see."""
    from access.selectors import visible_children  # access depends on casework's allocations

    day = as_of or timezone.localdate()
    return (
        TransferSummary.objects.filter(child__in=visible_children(user))
        .filter(Q(outgoing__team__manager=user) | Q(incoming__team__manager=user))
        .filter(Q(signed_off_at__isnull=True) | Q(acknowledged_at__isnull=True), due_on__lt=day)
        .select_related("child__person", "outgoing", "incoming")
        .order_by("due_on")
    )
