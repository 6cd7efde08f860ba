"""Running the alert rules: raise what is called for, close what no longer is. Idempotent for a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction

from alerts.models import Alert
from alerts.raising import wanted_alerts
from audit.actions import AuditAction
from audit.services import audit_record


@dataclass(frozen=True)
class RunReport:
    raised: int
    closed: int
    open: int


@transaction.atomic
def alerts_run(*, today: date) -> RunReport:
    wanted = wanted_alerts(today)
    existing = {a.key: a for a in Alert.objects.filter(key__in=list(wanted)).select_for_update()}
    raised = updated = 0
    for key, want in wanted.items():
        alert = existing.get(key)
        if alert is None:
            Alert.objects.create(
                key=key,
                kind=want.kind,
                recipient_id=want.recipient_id,
                child_id=want.child_id,
                title=want.title,
                link=want.link,
                raised_on=today,
            )
            raised += 1
        elif alert.closed_on is not None or alert.title != want.title:
            raised += alert.closed_on is not None  # a condition that came back is raised again
            alert.closed_on = None
            alert.title = want.title
            alert.save(update_fields=["closed_on", "title"])
            updated += 1
    closed = (
        Alert.objects.filter(closed_on__isnull=True).exclude(key__in=list(wanted)).update(closed_on=today)
    )
    report = RunReport(raised, closed, Alert.objects.filter(closed_on__isnull=True).count())
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
