"""The escalation alerts: an escalation raised (to the other side) and a stage past its time limit (to both).

- ESCALATION_RAISED, while the escalation is open at stage 1 with no response yet: to the person named on the other
  side (concerning_user) when they may still see the child; else to the child's allocated social workers and their
  managers, who lead for the child and pass it to the right person (Lantern's simple rule: the other agency may
  not use Lantern). Never to the one who raised it.
- ESCALATION_STAGE_OVERDUE, while the current stage is past its time limit (escalation/stages.py): to both sides,
  the one who raised it and the person named on the other side (each while they may still see the child), and the
  managers of the child's allocated workers. The title says the stage and since when; the link is the detail page,
  which offers the next stage.

Keys name the escalation, its stage and the recipient, so an alert closes when the stage moves on or the escalation
closes. Bulk queries: the escalations, their responses and the allocations are read once for all children."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

from django.db.models import F
from django.urls import reverse

from access.guards import may_list_children
from access.selectors import visible_children
from accounts.models import User
from alerts.models import AlertKind
from alerts.raising import Wanted
from casework.selectors import current_allocations
from escalation.models import Escalation, EscalationStep, Stage, Status, StepKind
from escalation.stages import is_overdue

RULE_RAISED = "ESC-RAISED"  # the local escalation protocol (escalation/stages.py): respond at stage 1
RULE_OVERDUE = "ESC-STAGE-LIMIT"  # the same protocol: a stage past its time limit moves on
ESCALATION_KINDS = frozenset({AlertKind.ESCALATION_RAISED, AlertKind.ESCALATION_STAGE_OVERDUE})


def _seeing(pairs: set[tuple[int, Any]]) -> set[tuple[int, Any]]:
    """Which (user, child) pairs are still allowed by the access rule: one query per user named, not per child."""
    by_user: dict[int, set[Any]] = defaultdict(set)
    for user_id, child_id in pairs:
        by_user[user_id].add(child_id)
    found: set[tuple[int, Any]] = set()
    for user in User.objects.filter(pk__in=by_user, is_active=True):
        if not may_list_children(user):  # a role that sees only part of the record (access.guards.ROLE_ONLY)
            continue
        seen = visible_children(user).filter(pk__in=by_user[user.pk]).values_list("pk", flat=True)
        found |= {(user.pk, child_id) for child_id in seen}
    return found


def _allocated(child_ids: set[Any], today: date) -> tuple[dict[Any, set[int]], dict[Any, set[int]]]:
    workers: dict[Any, set[int]] = defaultdict(set)
    managers: dict[Any, set[int]] = defaultdict(set)
    rows = (
        current_allocations(today)
        .filter(child_id__in=child_ids)
        .values_list("child_id", "worker_id", "worker__team__manager")
    )
    for child_id, worker, manager in rows:
        workers[child_id].add(worker)
        if manager is not None:
            managers[child_id].add(manager)
    return workers, managers


def escalation_alerts(today: date) -> Iterator[Wanted]:
    open_ = list(
        Escalation.objects.filter(status=Status.OPEN).select_related("child__person").order_by("raised_on")
    )
    if not open_:
        return
    answered = set(
        EscalationStep.objects.filter(
            escalation__in=[e.pk for e in open_], kind=StepKind.RESPONSE, stage=Stage.PRACTITIONERS
        )
        .exclude(by_id=F("escalation__raised_by_id"))  # the raiser's own word does not answer it
        .values_list("escalation_id", flat=True)
    )
    named = {(e.concerning_user_id, e.child_id) for e in open_ if e.concerning_user_id is not None}
    named |= {(e.raised_by_id, e.child_id) for e in open_}
    seeing = _seeing(named)
    workers, managers = _allocated({e.child_id for e in open_}, today)
    for escalation in open_:
        link = reverse("escalation:detail", args=[escalation.child_id, escalation.pk])
        name = escalation.child.person.full_name
        if escalation.stage == Stage.PRACTITIONERS and escalation.pk not in answered:
            yield from _raised(escalation, seeing, workers, managers, link, name)
        if is_overdue(escalation.stage_due_on, today, is_open=True):
            yield from _overdue(escalation, seeing, managers, link, name)


def _raised(
    escalation: Escalation,
    seeing: set[tuple[int, Any]],
    workers: dict[Any, set[int]],
    managers: dict[Any, set[int]],
    link: str,
    name: str,
) -> Iterator[Wanted]:
    other = escalation.concerning_user_id
    if other is not None and other != escalation.raised_by_id and (other, escalation.child_id) in seeing:
        recipients = {other}
    else:
        recipients = workers[escalation.child_id] | managers[escalation.child_id]
    for recipient in sorted(recipients - {escalation.raised_by_id}):
        yield Wanted(
            f"{AlertKind.ESCALATION_RAISED}:{escalation.pk}:{recipient}",
            AlertKind.ESCALATION_RAISED,
            recipient,
            escalation.child_id,
            f"{escalation.raised_by_agency} raised an escalation about {escalation.concerning_agency} for {name} "
            f"on {escalation.raised_on.day} {escalation.raised_on:%b %Y}: respond by "
            f"{escalation.stage_due_on.day} {escalation.stage_due_on:%b %Y}"[:300],
            link,
            rule=RULE_RAISED,
            action_by=escalation.concerning_agency[:200],
        )


def _overdue(
    escalation: Escalation,
    seeing: set[tuple[int, Any]],
    managers: dict[Any, set[int]],
    link: str,
    name: str,
) -> Iterator[Wanted]:
    sides = {escalation.raised_by_id, escalation.concerning_user_id} - {None}
    recipients = {u for u in sides if (u, escalation.child_id) in seeing} | managers[escalation.child_id]
    due = escalation.stage_due_on
    for recipient in sorted(u for u in recipients if u is not None):
        yield Wanted(
            f"{AlertKind.ESCALATION_STAGE_OVERDUE}:{escalation.pk}:{escalation.stage}:{recipient}",
            AlertKind.ESCALATION_STAGE_OVERDUE,
            recipient,
            escalation.child_id,
            f"Stage {escalation.stage} of the escalation to {escalation.concerning_agency} for {name} has been "
            f"overdue since {due.day} {due:%b %Y}: resolve it or move it to the next stage"[:300],
            link,
            rule=RULE_OVERDUE,
            action_by=f"{escalation.raised_by_agency} and {escalation.concerning_agency}"[:200],
        )
