"""The child's life-story strip from the record: placements and social worker allocations up to today."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from care.models import Placement
from casework.life_strip import Spell, Strip, life_strip
from casework.models import Allocation, AllocationRole
from people.models import Child


def child_life_strip(*, child: Child, allocations: Iterable[Allocation], today: date) -> Strip | None:
    """`child` is one the access rule has cleared; `allocations` are its allocations (the page has them)."""
    placements = [
        Spell(p.start_date, p.end_date, p.carer)
        for p in Placement.objects.filter(child=child, start_date__lte=today).order_by("start_date")
    ]
    workers = [
        Spell(a.start_date, a.end_date, a.worker.display_name)
        for a in allocations
        if a.role == AllocationRole.SOCIAL_WORKER and a.start_date <= today
    ]
    return life_strip(placements=placements, workers=workers, today=today, since=child.looked_after_since)
