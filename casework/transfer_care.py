"""The care parts of a transfer summary: the placement, the plans, the current risks (the latest exploitation
screening, the last missing episode and the open alerts) and the duties due, as the record stands on the day of the
change of worker."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from alerts.models import Alert
from care.models import Placement
from casework.continuity import months_before
from casework.statutory_records import Plan, PlanKind
from missing.models import MissingEpisode
from people.models import Child
from risk.models import Screening


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


def risk_lines(child: Child, on: date) -> list[str]:
    """The latest exploitation screening up to the day of the change, the last missing episode that began by then,
    and the open alerts (each alert once, by its title)."""
    lines = []
    screening = Screening.objects.filter(child=child, screened_on__lte=on).order_by("-screened_on").first()
    if screening is not None:
        judged = " (raised on professional judgement)" if screening.judged_level else ""
        lines.append(
            f"Exploitation screening on {screening.screened_on:%d %b %Y}: {screening.get_level_display()} "
            f"risk{judged}, to be screened again by {screening.review_on:%d %b %Y}"
        )
    episode = (
        MissingEpisode.objects.filter(child=child, started_at__date__lte=on).order_by("-started_at").first()
    )
    if episode is not None:
        started = timezone.localtime(episode.started_at)
        if episode.ended_at is None:
            back = "not yet back"
        else:
            back = f"back {timezone.localtime(episode.ended_at):%d %b %Y %H:%M}"
        lines.append(
            f"Last missing episode: {episode.get_kind_display()} from {started:%d %b %Y %H:%M}, {back}"
        )
    return lines + [f"Open alert: {title}" for title in alert_lines(child)]


def duty_lines(child: Child, on: date) -> list[str]:
    from duties.selectors import child_duty_summary

    found = child_duty_summary(user=None, child=child, as_of=on)
    return [f"Overdue since {r.duty.due_on:%d %b %Y}: {r.duty.about}" for r in found.overdue] + [
        f"Due by {r.duty.due_on:%d %b %Y}: {r.duty.about}" for r in found.upcoming
    ]
