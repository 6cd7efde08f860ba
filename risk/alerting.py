"""The alerts the risk records call for on a day (alerts/raising.py gathers them; services.alerts_run raises and
closes them):

- RISK_HIGH: the child's latest screening found high risk (statutory-rules.md M8; learning point 10). To the
  allocated social worker, their team manager, the missing and exploitation coordinator and the police liaison
  officer holding a grant for the child, asking for a strategy discussion or network meeting (once one has been
  held since the screening, the alert says so and stays open while the level is high);
- RISK_ACTION_OVERDUE: a risk plan action not done by its due date. To its owner when a Lantern user who may
  see the child, else the allocated social worker; and the team manager;
- SCREENING_REVIEW_DUE: the latest screening's review date has passed with no newer screening. To the allocated
  social worker, the team manager and the coordinator with a grant.

Only facts dated on or before the day are used (screenings made by then, actions created by then and not done by
then, allocations and grants in force on the day), so that replaying a past day gives what was known then."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils.dateformat import format as date_format

from access.selectors import may_see
from accounts.roles import Role
from alerts.models import AlertKind
from alerts.raising import Wanted, managers_on
from casework.models import AllocationRole
from casework.selectors import current_allocations
from people.models import Child
from risk.models import Level, RiskPlanAction, Screening, StrategyDiscussion
from risk.selectors import day_bounds, grants_on, roles_without_risk_pages

RULE_HIGH = "M8"
RULE_ACTION = "RISK-PLAN"
RULE_REVIEW = "M8-REVIEW"


def _day(day: date) -> str:
    return date_format(day, "j M Y")


@dataclass
class _Child:
    name: str
    workers: dict[int, str]  # allocated social workers on the day: id -> name
    coordinators: set[int]
    police: set[int]
    _managers: set[int] | None = None

    def managers(self, child_id: Any, day: date) -> set[int]:
        if self._managers is None:
            self._managers = managers_on(child_id, day)
        return self._managers


def _children(child_ids: Iterable[Any], day: date) -> dict[Any, _Child]:
    ids = set(child_ids)
    if not ids:
        return {}
    found = {
        pk: _Child(f"{forename} {surname}".strip(), {}, set(), set())
        for pk, forename, surname in Child.objects.filter(pk__in=ids).values_list(
            "pk", "person__forename", "person__surname"
        )
    }
    allocated = (
        current_allocations(day)
        .filter(child_id__in=ids, role=AllocationRole.SOCIAL_WORKER)
        .values_list("child_id", "worker_id", "worker__first_name", "worker__last_name", "worker__username")
    )
    for child_id, worker_id, first, last, username in allocated:
        found[child_id].workers[worker_id] = f"{first} {last}".strip() or username
    grants = grants_on(day).filter(child_id__in=ids, user__role__in=[Role.MISSING_COORDINATOR, Role.POLICE])
    for child_id, user_id, role in grants.values_list("child_id", "user_id", "user__role"):
        (found[child_id].coordinators if role == Role.MISSING_COORDINATOR else found[child_id].police).add(
            user_id
        )
    return found


def _latest_screenings(day: date) -> dict[Any, Screening]:
    """Each child's latest screening made on or before the day."""
    latest: dict[Any, Screening] = {}
    rows = Screening.objects.filter(screened_on__lte=day).only(
        "id", "child_id", "screened_on", "review_on", "level", "referral_required", "recorded_at"
    )
    for screening in rows.order_by("child_id", "-screened_on", "-recorded_at"):
        latest.setdefault(screening.child_id, screening)
    return latest


def _worker_text(child: _Child) -> str:
    names = ", ".join(sorted(child.workers.values()))
    return f"Allocated social worker ({names})" if names else "Team manager: no social worker is allocated"


def _high(latest: dict[Any, Screening], children: dict[Any, _Child], day: date) -> Iterator[Wanted]:
    high = {child_id: s for child_id, s in latest.items() if s.level == Level.HIGH}
    held: dict[Any, date] = {}
    discussions = StrategyDiscussion.objects.filter(child_id__in=list(high), held_on__lte=day)
    for child_id, held_on in discussions.values_list("child_id", "held_on").order_by("held_on"):
        if held_on >= high[child_id].screened_on:
            held[child_id] = held_on
    for child_id, screening in high.items():
        child = children[child_id]
        title = f"{child.name}: the exploitation screening of {_day(screening.screened_on)} found high risk"
        if screening.referral_required:
            title += " (aged 13 or under: a referral is needed)"
        if child_id in held:
            title += (
                f". A strategy discussion was held on {_day(held[child_id])}; keep the risk plan under review"
            )
        else:
            title += ". Arrange a strategy discussion or network meeting"
        recipients = set(child.workers) | child.managers(child_id, day) | child.coordinators | child.police
        for recipient in recipients:
            yield Wanted(
                f"{AlertKind.RISK_HIGH}:{screening.pk}:{recipient}",
                AlertKind.RISK_HIGH,
                recipient,
                child_id,
                title[:300],
                reverse("risk:screening", args=[child_id, screening.pk]),
                rule=RULE_HIGH,
                action_by=f"{_worker_text(child)}, with the police and the coordinator"[:200],
            )


def _review_due(latest: dict[Any, Screening], children: dict[Any, _Child], day: date) -> Iterator[Wanted]:
    for child_id, screening in latest.items():
        if screening.review_on >= day:
            continue
        child = children[child_id]
        title = (
            f"{child.name}: the exploitation screening was due for review by {_day(screening.review_on)}; "
            "screen again"
        )
        for recipient in set(child.workers) | child.managers(child_id, day) | child.coordinators:
            yield Wanted(
                f"{AlertKind.SCREENING_REVIEW_DUE}:{screening.pk}:{recipient}",
                AlertKind.SCREENING_REVIEW_DUE,
                recipient,
                child_id,
                title[:300],
                reverse("risk:screening-add", args=[child_id]),
                rule=RULE_REVIEW,
                action_by=_worker_text(child)[:200],
            )


def _overdue_actions(day: date) -> list[RiskPlanAction]:
    _, end = day_bounds(day)
    return list(
        RiskPlanAction.objects.filter(
            Q(done_on__isnull=True) | Q(done_on__gt=day), due_on__lt=day, created_at__lt=end
        )
        .select_related("owner")
        .order_by("child_id", "due_on")
    )


def _actions(actions: list[RiskPlanAction], children: dict[Any, _Child], day: date) -> Iterator[Wanted]:
    last_moment = day_bounds(day)[1] - timedelta(microseconds=1)
    for action in actions:
        child = children[action.child_id]
        owner = action.owner
        owner_sees = (
            owner is not None
            and owner.is_active
            and owner.role not in roles_without_risk_pages()
            and may_see(owner, action.child_id, at=last_moment)
        )
        doers = {owner.pk} if owner is not None and owner_sees else set(child.workers)
        who = action.owner_text or _worker_text(child)
        title = f"{child.name}: a risk plan action was due by {_day(action.due_on)}: {action.action}"
        for recipient in doers | child.managers(action.child_id, day):
            yield Wanted(
                f"{AlertKind.RISK_ACTION_OVERDUE}:{action.pk}:{recipient}",
                AlertKind.RISK_ACTION_OVERDUE,
                recipient,
                action.child_id,
                title[:300],
                reverse("risk:plan", args=[action.child_id]) + f"#action-{action.pk}",
                rule=RULE_ACTION,
                action_by=who[:200],
            )


def risk_alerts(today: date) -> Iterator[Wanted]:
    latest = _latest_screenings(today)
    actions = _overdue_actions(today)
    wanted_children = {c for c, s in latest.items() if s.level == Level.HIGH or s.review_on < today}
    children = _children(wanted_children | {a.child_id for a in actions}, today)
    yield from _high(latest, children, today)
    yield from _review_due(latest, children, today)
    yield from _actions(actions, children, today)


def by_kind(wanted: Iterable[Wanted]) -> dict[str, list[Wanted]]:
    """The alerts grouped by kind (for tests and the command line)."""
    found: dict[str, list[Wanted]] = defaultdict(list)
    for want in wanted:
        found[want.kind].append(want)
    return dict(found)
