"""The facts network/proposals.py reads, loaded in bulk for a day (a few queries, however many children): for the
alerts over every child in care, and for one child's pages. Only what was known on the day counts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db.models import Max, Q
from django.utils import timezone

from care.models import PeriodOfCare, Placement
from missing.config import thresholds
from missing.loading import histories
from missing.patterns import patterns
from network.config import meeting_days
from network.models import NetworkMeeting
from network.proposals import Proposal, RiskFacts, propose
from risk.models import Level, Screening

OWN_ALERT = frozenset({"no_interview"})  # as missing/alerting.py: the interview has its own alert


def _ids(child_ids: Iterable[Any] | None) -> list[str] | None:
    return None if child_ids is None else [str(c) for c in child_ids]


def _scoped(queryset: Any, ids: list[str] | None) -> Any:
    return queryset if ids is None else queryset.filter(child_id__in=ids)


def _in_care(day: date, ids: list[str] | None) -> dict[str, date]:
    current = PeriodOfCare.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=day), start_date__lte=day
    )
    rows = _scoped(current, ids).values("child_id").annotate(since=Max("start_date"))
    return {str(row["child_id"]): row["since"] for row in rows}


def _last_meetings(day: date, ids: list[str]) -> dict[str, date]:
    rows = (
        NetworkMeeting.objects.filter(child_id__in=ids, held_on__lte=day)
        .values("child_id")
        .annotate(last=Max("held_on"))
    )
    return {str(row["child_id"]): row["last"] for row in rows}


def _high_screenings(day: date, ids: list[str]) -> dict[str, date]:
    latest: dict[str, tuple[date, str]] = {}
    rows = Screening.objects.filter(child_id__in=ids, screened_on__lte=day).order_by(
        "child_id", "-screened_on", "-recorded_at"
    )
    for child_id, screened_on, level in rows.values_list("child_id", "screened_on", "level"):
        latest.setdefault(str(child_id), (screened_on, level))
    return {c: on for c, (on, level) in latest.items() if level == Level.HIGH}


def _patterns(day: date, ids: list[str]) -> dict[str, tuple[str, date]]:
    found: dict[str, tuple[str, date]] = {}
    known = histories(day, ids)
    for child_id, pattern in patterns(known.values(), day, thresholds()).items():
        flags = [f for f in pattern.flags if f.code not in OWN_ALERT]
        if not flags:
            continue
        behind = {e for f in flags for e in f.episode_ids}
        starts = [timezone.localtime(e.started_at).date() for e in known[child_id].episodes if e.id in behind]
        if starts:
            found[child_id] = (pattern.summary, max(starts))
    return found


def _at_risk(day: date, ids: list[str]) -> dict[str, tuple[date, str]]:
    current = Placement.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=day),
        child_id__in=ids,
        start_date__lte=day,
        at_risk_since__isnull=False,
        at_risk_since__lte=day,
    )
    found: dict[str, tuple[date, str]] = {}
    rows = current.order_by("start_date").values_list("child_id", "at_risk_since", "carer")
    for child_id, since, carer in rows:
        if since is not None:
            found[str(child_id)] = (since, carer)
    return found


def risk_facts(day: date, child_ids: Iterable[Any] | None = None) -> dict[str, RiskFacts]:
    """The facts of each child in care on the day (of these children, or all), keyed by child id."""
    in_care = _in_care(day, _ids(child_ids))
    ids = list(in_care)
    if not ids:
        return {}
    meetings = _last_meetings(day, ids)
    high = _high_screenings(day, ids)
    missing = _patterns(day, ids)
    at_risk = _at_risk(day, ids)
    found: dict[str, RiskFacts] = {}
    for child_id, since in in_care.items():
        pattern = missing.get(child_id)
        placement = at_risk.get(child_id)
        found[child_id] = RiskFacts(
            in_care_since=since,
            last_meeting_on=meetings.get(child_id),
            high_screening_on=high.get(child_id),
            pattern_summary=pattern[0] if pattern else "",
            pattern_latest_on=pattern[1] if pattern else None,
            placement_at_risk_since=placement[0] if placement else None,
            placement_carer=placement[1] if placement else "",
        )
    return found


def proposals(day: date, child_ids: Iterable[Any] | None = None) -> dict[str, Proposal]:
    days = meeting_days()
    found = {}
    for child_id, facts in risk_facts(day, child_ids).items():
        proposal = propose(facts, day, meeting_days=days)
        if proposal is not None:
            found[child_id] = proposal
    return found


def proposal_for(child: Any, day: date) -> Proposal | None:
    return proposals(day, [child.pk]).get(str(child.pk))
