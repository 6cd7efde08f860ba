"""Overdue duties become alerts for the allocated social worker and their team manager (issue 5: the system
remembers what is owed, nobody has to). One alert per duty occurrence and person; it closes when the duty is done."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from django.urls import reverse

from alerts.models import AlertKind
from alerts.raising import Wanted
from casework.models import AllocationRole
from casework.selectors import current_allocations
from duties.compute import RULE_BY_CODE, duties_by_child
from duties.duty import Status


def duty_alerts(today: date) -> Iterator[Wanted]:
    allocated = list(
        current_allocations(today)
        .filter(role=AllocationRole.SOCIAL_WORKER)
        .values_list(
            "child_id",
            "worker_id",
            "worker__first_name",
            "worker__last_name",
            "worker__team__manager",
            "child__person__forename",
            "child__person__surname",
        )
    )
    duties = duties_by_child(as_of=today, child_ids={row[0] for row in allocated})
    for child_id, worker_id, first, last, manager_id, forename, surname in allocated:
        for duty in duties.get(str(child_id), ()):
            if duty.status != Status.OVERDUE:
                continue
            rule = RULE_BY_CODE[duty.rule]
            title = f"{forename} {surname}: {duty.about}. It was due on {duty.due_on:%d %b %Y}"[:300]
            action_by = f"{rule.actor[:1].upper()}{rule.actor[1:]}"
            if "social worker" in rule.actor:
                action_by += f" ({first} {last})".rstrip()
            for recipient in {worker_id, manager_id} - {None}:
                yield Wanted(
                    f"{AlertKind.DUTY_OVERDUE}:{child_id}:{duty.rule}:{duty.due_on.isoformat()}:{recipient}",
                    AlertKind.DUTY_OVERDUE,
                    recipient,
                    child_id,
                    title,
                    reverse("duties:child", args=[child_id]),
                    rule=duty.rule,
                    action_by=action_by[:200],
                )
