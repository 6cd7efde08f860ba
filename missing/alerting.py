"""The alerts of the missing record (issue 6), raised through alerts.raising like every other rule:

- a return interview not offered within 72 hours of the child's return (M5), to the allocated worker and manager,
  the coordinator and the return interview service: it closes when the offer is made or the reason none will be is
  recorded;
- a pattern of going missing (missing/patterns.py), to the allocated worker and manager, the coordinator and the
  police liaison officer with a grant, asking for a strategy discussion or a network meeting. The no_interview flag
  alone raises none: the return interview has its own alert, to the people who can act on it.

Both read the record as it was known on the day (missing/loading.py), so replaying a past day gives what stood then.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from django.urls import reverse
from django.utils import timezone

from accounts.roles import Role
from alerts.models import AlertKind
from alerts.raising import Wanted
from lantern.as_recorded import rows_on
from missing.config import thresholds
from missing.loading import histories, known_by
from missing.models import MissingEpisode, ReturnInterview
from missing.patterns import patterns
from missing.recipients import partners_on, responsible_on
from missing.rules import CHASE_DAYS, offer_due_by, offer_overdue
from people.models import Child

OWN_ALERT = frozenset({"no_interview"})  # flags alerted on their own (interview_alerts)


def _names(child_ids: set[str]) -> dict[str, str]:
    rows = Child.objects.filter(pk__in=list(child_ids)).values_list(
        "pk", "person__forename", "person__surname"
    )
    return {str(pk): f"{forename} {surname}" for pk, forename, surname in rows}


def _late_returns(today: date) -> list[dict[str, Any]]:
    """The returns of the last CHASE_DAYS with no interview offered within 72 hours and no reason recorded, as
    recorded by the end of `today`."""
    at = known_by(today)
    fields = ("id", "child_id", "ended_at")
    returns = rows_on(
        MissingEpisode,
        today,
        fields,
        reported_at__lt=at,
        ended_at__lt=at,
        ended_at__gte=at - timedelta(days=CHASE_DAYS),
    )
    ids = [row["id"] for row in returns]
    fields = ("episode_id", "offered_at", "no_interview_reason")
    interviews = {
        row["episode_id"]: row
        for row in rows_on(ReturnInterview, today, fields, held_only=True, episode_id__in=ids)
    }
    return [
        row
        for row in returns
        if offer_overdue(
            ended_at=row["ended_at"],
            offered_at=interviews.get(row["id"], {}).get("offered_at"),
            reason_given=bool(interviews.get(row["id"], {}).get("no_interview_reason", "")),
            at=at,
        )
    ]


def interview_alerts(today: date) -> Iterator[Wanted]:
    at = known_by(today)
    late = _late_returns(today)
    if not late:
        return
    child_ids = {str(e["child_id"]) for e in late}
    names = _names(child_ids)
    staff = responsible_on(today, child_ids)
    partners = partners_on(at, child_ids, [Role.MISSING_COORDINATOR, Role.RETURN_INTERVIEWER])
    for episode in late:
        child_id = str(episode["child_id"])
        ended_at = episode["ended_at"]
        due = timezone.localtime(offer_due_by(ended_at))
        title = (
            f"{names.get(child_id, 'A child')} came back on {timezone.localtime(ended_at):%d %b %Y at %H:%M}; "
            f"no return interview was offered by {due:%d %b %Y %H:%M} (72 hours)"
        )
        for recipient in staff.get(child_id, set()) | partners.get(child_id, set()):
            yield Wanted(
                f"{AlertKind.RETURN_INTERVIEW_NOT_OFFERED}:{episode['id']}:{recipient}",
                AlertKind.RETURN_INTERVIEW_NOT_OFFERED,
                recipient,
                episode["child_id"],
                title,
                reverse("missing:interview", args=[episode["child_id"], episode["id"]]),
                rule="M5",
                action_by="The return interview service",
            )


def pattern_alerts(today: date) -> Iterator[Wanted]:
    found = {
        cid: p
        for cid, p in patterns(histories(today).values(), today, thresholds()).items()
        if any(flag.code not in OWN_ALERT for flag in p.flags)
    }
    if not found:
        return
    names = _names(set(found))
    staff = responsible_on(today, found)
    partners = partners_on(known_by(today), found, [Role.MISSING_COORDINATOR, Role.POLICE])
    for child_id, pattern in found.items():
        title = (
            f"{names.get(child_id, 'A child')} goes missing in a worrying pattern: consider a strategy discussion "
            f"or a network meeting. {pattern.summary}"
        )
        if len(title) > 300:
            title = title[:299] + "…"
        for recipient in staff.get(child_id, set()) | partners.get(child_id, set()):
            yield Wanted(
                f"{AlertKind.MISSING_PATTERN}:{child_id}:{recipient}",
                AlertKind.MISSING_PATTERN,
                recipient,
                child_id,
                title,
                reverse("missing:episodes", args=[child_id]),
                rule="pattern",
                action_by="The allocated social worker and the coordinator",
            )
