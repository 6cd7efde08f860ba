"""The network's alerts (alerts/raising.py gathers them; alerts.services.alerts_run raises and closes them):

- NETWORK_MEETING_PROPOSED: Lantern proposes a network meeting for a child in care (network/proposals.py: risk has
  risen since the last meeting, or none has been held for LANTERN_NETWORK_MEETING_DAYS). To the allocated social
  worker, one alert per child and worker, so that it closes once a meeting is held;
- NETWORK_ACTION_OVERDUE: an action of a network meeting not done by its due date. To its owner when a Lantern user
  who can still see the child, else the allocated social worker;
- CONCERN_RAISED: a concern raised by someone in the network and not yet read. To the allocated social worker.

Only facts known on the day count, and the records are loaded in bulk (a few queries for every child in care)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta

from django.db.models import Q
from django.urls import reverse

from access.models import AccessGrant
from alerts.models import AlertKind
from alerts.raising import Wanted
from casework.models import AllocationRole
from casework.selectors import current_allocations
from network.loading import proposals
from network.models import Concern, MeetingAction
from people.models import Child
from risk.selectors import day_bounds

NETWORK_KINDS = frozenset(
    {AlertKind.NETWORK_MEETING_PROPOSED, AlertKind.NETWORK_ACTION_OVERDUE, AlertKind.CONCERN_RAISED}
)
RULE = "NETWORK"  # Lantern's own rule, from the Child R review's learning point 4
WORKER = "The allocated social worker"


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _names(child_ids: set[str]) -> dict[str, str]:
    rows = Child.objects.filter(pk__in=list(child_ids)).values_list(
        "pk", "person__forename", "person__surname"
    )
    return {str(pk): f"{forename} {surname}".strip() for pk, forename, surname in rows}


def _workers(child_ids: Iterable[str], day: date) -> dict[str, set[int]]:
    found: dict[str, set[int]] = defaultdict(set)
    rows = current_allocations(day).filter(child_id__in=list(child_ids), role=AllocationRole.SOCIAL_WORKER)
    for child_id, worker_id in rows.values_list("child_id", "worker_id"):
        found[str(child_id)].add(worker_id)
    return found


def _short(title: str) -> str:
    return title if len(title) <= 300 else title[:299] + "…"


def _proposed(today: date) -> Iterator[Wanted]:
    found = proposals(today)
    if not found:
        return
    names = _names(set(found))
    workers = _workers(found, today)
    for child_id, proposal in found.items():
        title = _short(
            f"{names.get(child_id, 'A child')}: a network meeting is proposed. {proposal.steady_text}"
        )
        for recipient in workers.get(child_id, set()):
            yield Wanted(
                f"{AlertKind.NETWORK_MEETING_PROPOSED}:{child_id}:{recipient}",
                AlertKind.NETWORK_MEETING_PROPOSED,
                recipient,
                child_id,
                title,
                reverse("network:meetings", args=[child_id]),
                rule=RULE,
                action_by=WORKER,
            )


def _seeing(actions: list[MeetingAction], day: date, moment: datetime) -> set[tuple[str, int]]:
    """The (child, owner) pairs where the owner may see the child at the moment (access/selectors.py: allocated,
    manager of an allocated worker's team, or an unrevoked grant in force), loaded in bulk for every action."""
    owners = {a.owner_id for a in actions if a.owner_id is not None}
    children = {a.child_id for a in actions if a.owner_id is not None}
    if not owners:
        return set()
    grants = AccessGrant.objects.filter(
        Q(revoked_at__isnull=True) | Q(revoked_at__gt=moment),
        user_id__in=owners,
        child_id__in=children,
        starts_at__lte=moment,
        expires_at__gt=moment,
    ).values_list("child_id", "user_id")
    seen = {(str(child_id), user_id) for child_id, user_id in grants}
    allocated = current_allocations(day).filter(child_id__in=children)
    for child_id, worker_id, manager_id in allocated.values_list(
        "child_id", "worker_id", "worker__team__manager_id"
    ):
        seen.add((str(child_id), worker_id))
        if manager_id is not None:
            seen.add((str(child_id), manager_id))
    return seen


def _overdue_actions(today: date) -> Iterator[Wanted]:
    _, end = day_bounds(today)
    actions = list(
        MeetingAction.objects.filter(
            Q(done_on__isnull=True) | Q(done_on__gt=today), due_on__lt=today, created_at__lt=end
        ).select_related("owner", "meeting")
    )
    if not actions:
        return
    child_ids = {str(a.child_id) for a in actions}
    names = _names(child_ids)
    workers = _workers(child_ids, today)
    seeing = _seeing(actions, today, end - timedelta(microseconds=1))
    for action in actions:
        child_id = str(action.child_id)
        owner = action.owner
        owner_sees = owner is not None and owner.is_active and (child_id, owner.pk) in seeing
        recipients = {owner.pk} if owner is not None and owner_sees else workers.get(child_id, set())
        title = _short(
            f"{names.get(child_id, 'A child')}: an action of the network meeting of {_day(action.meeting.held_on)} "
            f"was due by {_day(action.due_on)}: {action.action}"
        )
        for recipient in recipients:
            yield Wanted(
                f"{AlertKind.NETWORK_ACTION_OVERDUE}:{action.pk}:{recipient}",
                AlertKind.NETWORK_ACTION_OVERDUE,
                recipient,
                action.child_id,
                title,
                reverse("network:meeting", args=[action.child_id, action.meeting_id])
                + f"#action-{action.pk}",
                rule=RULE,
                action_by=(action.owner_text or WORKER)[:200],
            )


def _unread_concerns(today: date) -> Iterator[Wanted]:
    _, end = day_bounds(today)
    concerns = list(
        Concern.objects.filter(Q(read_at__isnull=True) | Q(read_at__gte=end), raised_at__lt=end).values_list(
            "pk", "child_id", "agency", "noticed_on", "urgent"
        )
    )
    if not concerns:
        return
    child_ids = {str(row[1]) for row in concerns}
    names = _names(child_ids)
    workers = _workers(child_ids, today)
    for pk, child, agency, noticed_on, urgent in concerns:
        child_id = str(child)
        urgency = "An urgent concern" if urgent else "A concern"
        title = _short(
            f"{names.get(child_id, 'A child')}: {urgency.lower()} from {agency} ({_day(noticed_on)}) is waiting "
            "to be read"
        )
        for recipient in workers.get(child_id, set()):
            yield Wanted(
                f"{AlertKind.CONCERN_RAISED}:{pk}:{recipient}",
                AlertKind.CONCERN_RAISED,
                recipient,
                child,
                title,
                reverse("network:concern", args=[child, pk]),
                rule=RULE,
                action_by=WORKER,
            )


def network_alerts(today: date) -> Iterator[Wanted]:
    yield from _proposed(today)
    yield from _overdue_actions(today)
    yield from _unread_concerns(today)
