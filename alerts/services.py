"""Running the alert rules: raise what is called for, close what no longer is. Idempotent for a day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from alerts.emails import email_alerts
from alerts.models import Alert
from alerts.raising import Wanted, wanted_alerts
from audit.actions import AuditAction
from audit.services import audit_record


@dataclass(frozen=True)
class RunReport:
    raised: int
    closed: int
    open: int
    standing: tuple[Wanted, ...] = field(default=(), compare=False)  # what the rules called for that day


@transaction.atomic
def alerts_run(*, today: date, kinds: frozenset[str] | None = None) -> RunReport:
    """Raise what the rules call for (of these kinds, or all), close what they no longer do, and email each
    newly raised alert to its recipient once the transaction commits."""
    wanted = wanted_alerts(today, kinds)
    existing = {a.key: a for a in Alert.objects.filter(key__in=list(wanted)).select_for_update()}
    raised = updated = 0
    fresh: list[Alert] = []
    for key, want in wanted.items():
        alert = existing.get(key)
        if alert is None:
            fresh.append(
                Alert.objects.create(
                    key=key,
                    kind=want.kind,
                    recipient_id=want.recipient_id,
                    child_id=want.child_id,
                    title=want.title,
                    link=want.link,
                    rule=want.rule,
                    action_by=want.action_by,
                    raised_on=today,
                )
            )
            raised += 1
        elif alert.closed_on is not None or alert.title != want.title:
            if alert.closed_on is not None:  # a condition that came back is raised again
                raised += 1
                fresh.append(alert)
                alert.acknowledged_at = None
            alert.closed_on = None
            alert.title = want.title
            alert.save(update_fields=["closed_on", "title", "acknowledged_at"])
            updated += 1
    still_open = Alert.objects.filter(closed_on__isnull=True)
    if kinds is not None:
        still_open = still_open.filter(kind__in=kinds)
    closed = still_open.exclude(key__in=list(wanted)).update(closed_on=today)
    if fresh:
        transaction.on_commit(lambda: email_alerts([a.pk for a in fresh]))
    report = RunReport(
        raised, closed, Alert.objects.filter(closed_on__isnull=True).count(), tuple(wanted.values())
    )
    if raised or updated or closed:
        audit_record(
            actor=None,
            action=AuditAction.UPDATE,
            object_type="alerts",
            reason=(
                f"alerts run for {today.isoformat()}: {raised} raised, {updated - raised} reworded, "
                f"{closed} closed, {report.open} open"
            ),
        )
    return report


@transaction.atomic
def alert_acknowledge(*, actor: Any, alert: Alert) -> Alert:
    """The recipient has seen the alert and taken it on; it stays open until what raised it is done."""
    if alert.acknowledged_at is None:
        alert.acknowledged_at = timezone.now()
        alert.save(update_fields=["acknowledged_at"])
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            object_type="alert",
            object_id=alert.pk,
            child_id=alert.child_id,
            reason="alert acknowledged",
        )
    return alert
