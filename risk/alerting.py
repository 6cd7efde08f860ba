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
then, allocations and grants in force on the day), each as recorded by the end of the day (lantern/as_recorded.py),
so that replaying a past day gives what was known then."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

from django.urls import reverse
from django.utils.dateformat import format as date_format

from access.selectors import visible_children
from accounts.models import User
from accounts.roles import Role
from alerts.models import AlertKind
from alerts.raising import Wanted, managers_on
from casework.models import AllocationRole
from casework.selectors import current_allocations
from lantern.as_recorded import end_of, rows_on
from lantern.owners import owner_text
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


@dataclass(frozen=True)
class _Screening:
    pk: Any
    child_id: Any
    screened_on: date
    review_on: date
    level: str
    referral_required: bool


def _latest_screenings(day: date) -> dict[Any, _Screening]:
    """Each child's latest screening made on or before the day, as recorded by the end of the day."""
    fields = ("id", "child_id", "screened_on", "review_on", "level", "referral_required", "recorded_at")
    rows = rows_on(Screening, day, fields, screened_on__lte=day)
    latest: dict[Any, _Screening] = {}
    for row in sorted(rows, key=lambda r: (r["screened_on"], r["recorded_at"]), reverse=True):
        latest.setdefault(
            row["child_id"],
            _Screening(
                row["id"],
                row["child_id"],
                row["screened_on"],
                row["review_on"],
                row["level"],
                row["referral_required"],
            ),
        )
    return latest


def _worker_text(child: _Child) -> str:
    names = ", ".join(sorted(child.workers.values()))
    return f"Allocated social worker ({names})" if names else "Team manager: no social worker is allocated"


def _high(latest: dict[Any, _Screening], children: dict[Any, _Child], day: date) -> Iterator[Wanted]:
    high = {child_id: s for child_id, s in latest.items() if s.level == Level.HIGH}
    held: dict[Any, date] = {}
    discussions = rows_on(
        StrategyDiscussion, day, ("child_id", "held_on"), child_id__in=list(high), held_on__lte=day
    )
    for row in sorted(discussions, key=lambda r: r["held_on"]):
        if row["held_on"] >= high[row["child_id"]].screened_on:
            held[row["child_id"]] = row["held_on"]
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


def _review_due(latest: dict[Any, _Screening], children: dict[Any, _Child], day: date) -> Iterator[Wanted]:
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


@dataclass(frozen=True)
class _Action:
    pk: Any
    child_id: Any
    action: str
    owner_id: int | None
    owner_text: str
    due_on: date


def _overdue_actions(day: date) -> list[_Action]:
    """Risk plan actions due before the day and not done by it, as recorded by the end of the day."""
    fields = ("id", "child_id", "action", "owner_id", "owner_name", "owner_agency", "due_on", "done_on")
    rows = rows_on(RiskPlanAction, day, fields, due_on__lt=day, created_at__lt=end_of(day))
    users = User.objects.in_bulk({r["owner_id"] for r in rows if r["owner_id"] is not None})
    return [
        _Action(
            r["id"],
            r["child_id"],
            r["action"],
            r["owner_id"],
            owner_text(SimpleNamespace(**r, owner=users.get(r["owner_id"]))),
            r["due_on"],
        )
        for r in sorted(rows, key=lambda r: (str(r["child_id"]), r["due_on"]))
        if r["done_on"] is None or r["done_on"] > day
    ]


def _owners_who_see(actions: list[_Action], day: date) -> set[tuple[int, Any]]:
    """(owner, child) for each action owner who is active, has the risk pages and may see the child on the day:
    one query per owner, not per action."""
    last_moment = day_bounds(day)[1] - timedelta(microseconds=1)
    by_owner: dict[int, set[Any]] = defaultdict(set)
    for action in actions:
        if action.owner_id is not None:
            by_owner[action.owner_id].add(action.child_id)
    seeing: set[tuple[int, Any]] = set()
    owners = User.objects.filter(pk__in=list(by_owner), is_active=True).exclude(
        role__in=roles_without_risk_pages()
    )
    for owner in owners:
        visible = (
            visible_children(owner, at=last_moment)
            .filter(pk__in=by_owner[owner.pk])
            .values_list("pk", flat=True)
        )
        seeing |= {(owner.pk, child_id) for child_id in visible}
    return seeing


def _actions(actions: list[_Action], children: dict[Any, _Child], day: date) -> Iterator[Wanted]:
    seeing = _owners_who_see(actions, day)
    for action in actions:
        child = children[action.child_id]
        owner_sees = action.owner_id is not None and (action.owner_id, action.child_id) in seeing
        doers = {action.owner_id} if owner_sees and action.owner_id is not None else set(child.workers)
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
