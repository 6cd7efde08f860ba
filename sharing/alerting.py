"""The information sharing alerts: carers not given or not acknowledging what a new placement needs, and a host
authority not notified of an out-of-area placement.

For each placement current on the day (started, and not ended before it: care.Placement.is_current_on) whose
sharing checklist (sharing/checklist.py) has a line past its own due date (5 working days after the start, or after
a risk plan agreed later), except a temporary placement or one started before LANTERN_SHARING_CHECKLIST_FROM
(sharing/config.py):
- SHARING_INCOMPLETE when the carers lack something or have not acknowledged it (Child R learning point 5; CPPCR
  2010 reg 9);
- HOST_NOT_NOTIFIED when the placement is out of borough and the host authority was not notified, or has not
  acknowledged the notification (CPPCR 2010 reg 13, SI 2013/3239).
Each goes to the allocated social workers and the managers of the child's allocated workers on the day, one alert
per placement and recipient, so that it closes when that part of the checklist is complete. The whole authority is
read in a few queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils.dateformat import format as date_format

from alerts.models import AlertKind
from alerts.raising import Wanted
from care.models import Placement
from casework.models import Allocation, AllocationRole
from casework.selectors import current_allocations
from sharing.checklist import CARER, HOST_AUTHORITY, carers_outstanding, earliest_missed, host_outstanding
from sharing.selectors import checklists

SHARING_KINDS = frozenset({AlertKind.SHARING_INCOMPLETE, AlertKind.HOST_NOT_NOTIFIED})
RULE_CARERS = "R3"
RULE_HOST = "R4"


def _recipients(child_ids: Iterable[Any], day: date) -> dict[Any, set[int]]:
    """Each child's allocated social workers on the day and the managers of its allocated workers (as
    alerts.raising.managers_on finds them, for every child at once)."""
    ids = list(child_ids)
    found: dict[Any, set[int]] = defaultdict(set)
    workers = current_allocations(day).filter(child_id__in=ids, role=AllocationRole.SOCIAL_WORKER)
    for child_id, worker_id in workers.values_list("child_id", "worker_id"):
        found[child_id].add(worker_id)
    managers = Allocation.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=day),
        child_id__in=ids,
        start_date__lte=day,
        worker__team__manager__isnull=False,
    ).values_list("child_id", "worker__team__manager")
    for child_id, manager_id in managers:
        found[child_id].add(manager_id)
    return found


def _current(today: date) -> list[Placement]:
    return list(
        Placement.objects.filter(Q(end_date__isnull=True) | Q(end_date__gte=today), start_date__lte=today)
        .select_related("child__person")
        .only(
            "id",
            "child_id",
            "carer",
            "in_authority",
            "place",
            "start_date",
            "end_date",
            "child__person__forename",
            "child__person__surname",
        )
    )


def _due(day: date | None) -> str:
    return f"(due {date_format(day, 'j M Y')})" if day is not None else ""


def sharing_alerts(today: date) -> Iterator[Wanted]:
    placements = _current(today)
    found = checklists(placements, today=today)
    late = [p for p in placements if found[p.pk].overdue]
    if not late:
        return
    recipients = _recipients({p.child_id for p in late}, today)
    for placement in late:
        checklist = found[placement.pk]
        person = placement.child.person
        name = f"{person.forename} {person.surname}".strip()
        link = reverse("sharing:checklist", args=[placement.child_id, placement.pk])
        wanted: list[tuple[str, str, str]] = []
        if carers := carers_outstanding(checklist, late_only=True):
            due = _due(earliest_missed(checklist, CARER))
            wanted.append((AlertKind.SHARING_INCOMPLETE, f"Carers of {name} {carers} {due}", RULE_CARERS))
        if host := host_outstanding(checklist, late_only=True):
            due = _due(earliest_missed(checklist, HOST_AUTHORITY))
            title = f"{name} is placed out of borough with {placement.carer}: the host authority {host} {due}"
            wanted.append((AlertKind.HOST_NOT_NOTIFIED, title, RULE_HOST))
        for kind, title, rule in wanted:
            for recipient in recipients.get(placement.child_id, set()):
                yield Wanted(
                    f"{kind}:{placement.pk}:{recipient}",
                    kind,
                    recipient,
                    placement.child_id,
                    title if len(title) <= 300 else title[:299] + "…",
                    link,
                    rule=rule,
                    action_by="The allocated social worker",
                )
