"""Who is told when a child goes missing in a worrying way: the allocated social worker and their team manager on
the day, and the partners holding a grant for the child that day in the roles named (the coordinator, the police
liaison officer, the return interview service). Nobody else: an alert is only for those who may see the child."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from django.db.models import Q

from access.models import AccessGrant
from casework.models import AllocationRole
from casework.selectors import current_allocations


def responsible_on(day: date, child_ids: Iterable[Any]) -> dict[str, set[int]]:
    """Each child's allocated social workers and their managers on `day`."""
    found: dict[str, set[int]] = defaultdict(set)
    rows = (
        current_allocations(day)
        .filter(child_id__in=list(child_ids), role=AllocationRole.SOCIAL_WORKER)
        .values_list("child_id", "worker_id", "worker__team__manager")
    )
    for child_id, worker, manager in rows:
        found[str(child_id)] |= {worker, manager} - {None}
    return found


def partners_on(at: datetime, child_ids: Iterable[Any], roles: Iterable[str]) -> dict[str, set[int]]:
    """Each child's partners in these roles with a grant current at `at`."""
    found: dict[str, set[int]] = defaultdict(set)
    rows = AccessGrant.objects.filter(
        Q(revoked_at__isnull=True) | Q(revoked_at__gt=at),
        child_id__in=list(child_ids),
        user__role__in=list(roles),
        user__is_active=True,
        starts_at__lte=at,
        expires_at__gt=at,
    ).values_list("child_id", "user_id")
    for child_id, user_id in rows:
        found[str(child_id)].add(user_id)
    return found
