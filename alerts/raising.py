"""Which alerts the record calls for on a day: each rule of alerts/rules.py applied to the records, with the people
who must act. Reads only; services.alerts_run turns the answer into alerts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from access.models import BreakGlass
from alerts.models import AlertKind
from alerts.rules import BREAK_GLASS_REVIEW_DAYS, break_glass_overdue, transfer_overdue
from casework.models import Allocation, AllocationRole, TransferSummary
from casework.selectors import continuity_of, current_allocations


@dataclass(frozen=True)
class Wanted:
    key: str
    kind: str
    recipient_id: int
    child_id: Any
    title: str
    link: str
    rule: str = ""
    action_by: str = ""


def managers_on(child_id: Any, day: date) -> set[int]:
    return set(
        Allocation.objects.filter(
            Q(end_date__isnull=True) | Q(end_date__gte=day),
            child_id=child_id,
            start_date__lte=day,
            worker__team__manager__isnull=False,
        ).values_list("worker__team__manager", flat=True)
    )


def _break_glass(today: date) -> Iterator[Wanted]:
    """To the managers of the child's workers on the day of the use (as the review list finds them); the title
    names no child, so it shows nothing the manager may no longer see."""
    latest = today - timedelta(days=BREAK_GLASS_REVIEW_DAYS)
    for use in BreakGlass.objects.filter(reviewed_at__isnull=True, started_at__date__lte=latest):
        day = timezone.localdate(use.started_at)
        if not break_glass_overdue(day, False, today):
            continue
        for manager in managers_on(use.child_id, day) - {use.user_id}:
            yield Wanted(
                f"{AlertKind.BREAK_GLASS_UNREVIEWED}:{use.pk}:{manager}",
                AlertKind.BREAK_GLASS_UNREVIEWED,
                manager,
                None,
                f"A break-glass use on {day:%d %b %Y} has waited {(today - day).days} days for your review",
                reverse("access:break-glass-reviews"),
            )


def _transfers(today: date) -> Iterator[Wanted]:
    waiting = TransferSummary.objects.filter(due_on__lt=today).filter(
        Q(signed_off_at__isnull=True) | Q(acknowledged_at__isnull=True)
    )
    for summary in waiting.select_related("child__person", "outgoing__team", "incoming__team"):
        if not transfer_overdue(summary.due_on, summary.complete, today):
            continue
        teams = (summary.outgoing.team, summary.incoming.team)
        for manager in {t.manager_id for t in teams if t is not None and t.manager_id is not None}:
            yield Wanted(
                f"{AlertKind.TRANSFER_SUMMARY_OVERDUE}:{summary.pk}:{manager}",
                AlertKind.TRANSFER_SUMMARY_OVERDUE,
                manager,
                summary.child_id,
                f"The transfer summary for {summary.child.person.full_name} has been overdue since "
                f"{summary.due_on:%d %b %Y}",
                reverse("casework:transfer", args=[summary.child_id, summary.pk]),
            )


def _third_worker(today: date) -> Iterator[Wanted]:
    allocated = list(
        current_allocations(today)
        .filter(role=AllocationRole.SOCIAL_WORKER, worker__team__manager__isnull=False)
        .values_list("child_id", "worker__team__manager", "child__person__forename", "child__person__surname")
    )
    flags = continuity_of(child_ids={row[0] for row in allocated}, as_of=today)
    for child_id, manager, forename, surname in allocated:
        found = flags.get(child_id)
        if found is not None and found.flagged:
            yield Wanted(
                f"{AlertKind.THIRD_SOCIAL_WORKER}:{child_id}:{manager}",
                AlertKind.THIRD_SOCIAL_WORKER,
                manager,
                child_id,
                f"{forename} {surname} has had {found.last_12_months} social workers in 12 months",
                reverse("people:child", args=[child_id]),
            )


def wanted_alerts(today: date, kinds: frozenset[str] | None = None) -> dict[str, Wanted]:
    from duties.alerting import duty_alerts
    from education.alerting import EDUCATION_KINDS, education_alerts
    from escalation.alerting import ESCALATION_KINDS, escalation_alerts
    from missing.alerting import interview_alerts, pattern_alerts
    from network.alerting import NETWORK_KINDS, network_alerts
    from risk.alerting import risk_alerts
    from sharing.alerting import SHARING_KINDS, sharing_alerts

    found: dict[str, Wanted] = {}
    rules = {
        AlertKind.BREAK_GLASS_UNREVIEWED: _break_glass,
        AlertKind.TRANSFER_SUMMARY_OVERDUE: _transfers,
        AlertKind.THIRD_SOCIAL_WORKER: _third_worker,
        AlertKind.DUTY_OVERDUE: duty_alerts,
        AlertKind.RETURN_INTERVIEW_NOT_OFFERED: interview_alerts,
        AlertKind.MISSING_PATTERN: pattern_alerts,
    }
    for kind, rule in rules.items():
        if kinds is not None and kind not in kinds:
            continue
        for wanted in rule(today):
            found.setdefault(wanted.key, wanted)
    risk_kinds = frozenset(
        {AlertKind.RISK_HIGH, AlertKind.RISK_ACTION_OVERDUE, AlertKind.SCREENING_REVIEW_DUE}
    )
    several = (  # one pass over the records raises several kinds
        (risk_kinds, risk_alerts),
        (NETWORK_KINDS, network_alerts),
        (SHARING_KINDS, sharing_alerts),
        (ESCALATION_KINDS, escalation_alerts),
        (EDUCATION_KINDS, education_alerts),
    )
    for raised, rule in several:
        if kinds is not None and not kinds & raised:
            continue
        for wanted in rule(today):
            if kinds is None or wanted.kind in kinds:
                found.setdefault(wanted.key, wanted)
    return found
