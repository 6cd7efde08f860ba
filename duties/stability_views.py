"""The stability measures per team (by the team of each child's social worker on the day) and for the authority."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from accounts.models import Team
from care.selectors import care_of
from care.stability import Stability, stability
from casework.models import AllocationRole
from casework.selectors import current_allocations


def stability_by_team(day: date) -> tuple[list[tuple[Team, Stability]], Stability]:
    everyone = care_of(None, day)
    allocated = current_allocations(day).filter(role=AllocationRole.SOCIAL_WORKER, worker__team__isnull=False)
    team_of = {str(child): team for child, team in allocated.values_list("child_id", "worker__team_id")}
    by_team: dict[Any, list[Any]] = defaultdict(list)
    for child in everyone:
        team = team_of.get(child.child_id)
        if team is not None:
            by_team[team].append(child)
    teams = Team.objects.filter(pk__in=list(by_team)).order_by("name")
    return [(t, stability(by_team[t.pk], day)) for t in teams], stability(everyone, day)
