"""The care parts of a transfer summary: the placement, the plans, open alerts and the duties due, as the record
stands on the day of the change of worker."""

from __future__ import annotations

from datetime import date

from alerts.models import Alert
from care.models import Placement
from casework.continuity import months_before
from casework.statutory_records import Plan, PlanKind
from people.models import Child


def placement_lines(child: Child, on: date) -> list[str]:
    placements = list(Placement.objects.filter(child=child, start_date__lte=on).order_by("start_date"))
    if not placements:
        return []
    current = next((p for p in reversed(placements) if p.is_current_on(on)), None)
    lines = []
    if current is not None:
        where = "" if current.in_authority else ", out of the authority's area"
        lines.append(
            f"Now with {current.carer} ({current.get_place_display()}), since {current.start_date:%d %b %Y}{where}"
        )
    else:
        lines.append("No current placement is recorded")
    year_ago = months_before(on, 12)
    in_year = sum(1 for p in placements if p.end_date is None or p.end_date >= year_ago)
    total = len(placements)
    lines.append(f"{total} placement{'s' if total != 1 else ''} in all, {in_year} in the last 12 months")
    return lines


def plan_lines(child: Child, on: date) -> list[str]:
    plans = Plan.objects.filter(child=child, made_on__lte=on).select_related("placement").order_by("-made_on")
    lines = []
    for kind in (PlanKind.CARE_PLAN, PlanKind.PLACEMENT_PLAN, PlanKind.PATHWAY_PLAN):
        latest = next((p for p in plans if p.kind == kind), None)
        if latest is None:
            continue
        signed = ""
        if kind == PlanKind.PLACEMENT_PLAN:
            signed = (
                f", signed by the carer on {latest.carer_signed_on:%d %b %Y}"
                if latest.carer_signed_on
                else ", not yet signed by the carer"
            )
        lines.append(f"{kind.label} made or reviewed on {latest.made_on:%d %b %Y}{signed}")
    return lines


def alert_lines(child: Child) -> list[str]:
    titles = Alert.objects.filter(child=child, closed_on__isnull=True).values_list("title", flat=True)
    return sorted(set(titles))


def duty_lines(child: Child, on: date) -> list[str]:
    from duties.selectors import child_duty_summary

    found = child_duty_summary(user=None, child=child, as_of=on)
    return [f"Overdue since {r.duty.due_on:%d %b %Y}: {r.duty.about}" for r in found.overdue] + [
        f"Due by {r.duty.due_on:%d %b %Y}: {r.duty.about}" for r in found.upcoming
    ]
