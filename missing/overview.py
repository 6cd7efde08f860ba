"""The overview of children who go missing, for the coordinator (and any worker or manager: it lists only the
children the user may see): who is missing now, who went missing lately and the pattern in each, the return
interviews overdue, and the people and places named for several children (networks of concern)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Max
from django.utils import timezone

from access.guards import may_list_children
from access.selectors import visible_children
from missing.config import thresholds
from missing.loading import histories, mentions
from missing.models import MissingEpisode
from missing.networks import Network, networks_of_concern
from missing.patterns import ChildPattern, patterns
from missing.rules import offer_overdue
from people.models import Child

RECENT_DAYS = 90


@dataclass(frozen=True)
class ChildRow:
    child: Child
    pattern: ChildPattern
    missing_now: bool
    last_started: Any
    interviews_overdue: int


@dataclass(frozen=True)
class NetworkRow:
    network: Network
    children: list[Child]


@dataclass(frozen=True)
class Overview:
    rows: list[ChildRow]
    networks: list[NetworkRow]


def overview_for(user: Any, today: date) -> Overview:
    """For a role that sees only the missing record (the return interview service), what placement moves, changes
    of worker and profiles would tell is left out."""
    whole = may_list_children(user)
    since = timezone.now() - timedelta(days=RECENT_DAYS)
    visible = visible_children(user)
    recent = (
        MissingEpisode.objects.filter(child__in=visible)
        .values("child_id")
        .annotate(last=Max("started_at"))
        .filter(last__gte=since)
    )
    last_by_child = {str(r["child_id"]): r["last"] for r in recent}
    open_ids = {
        str(c)
        for c in MissingEpisode.objects.filter(child__in=visible, ended_at__isnull=True).values_list(
            "child_id", flat=True
        )
    }
    wanted = set(last_by_child) | open_ids
    children = {str(c.pk): c for c in Child.objects.filter(pk__in=wanted).select_related("person")}
    found = patterns(histories(today, wanted, with_changes=whole).values(), today, thresholds())
    now = timezone.now()
    overdue: dict[str, int] = {}
    for episode in MissingEpisode.objects.filter(child_id__in=wanted, ended_at__isnull=False).select_related(
        "return_interview"
    ):
        interview = getattr(episode, "return_interview", None)
        if offer_overdue(
            ended_at=episode.ended_at,
            offered_at=interview.offered_at if interview else None,
            reason_given=bool(interview and interview.no_interview_reason),
            at=now,
        ):
            overdue[str(episode.child_id)] = overdue.get(str(episode.child_id), 0) + 1
    rows = [
        ChildRow(children[cid], found[cid], cid in open_ids, last_by_child.get(cid), overdue.get(cid, 0))
        for cid in wanted
        if cid in children and cid in found
    ]
    rows.sort(
        key=lambda r: (
            not r.missing_now,
            -len(r.pattern.flags),
            -r.pattern.in_30_days,
            r.child.person.surname,
        )
    )
    all_visible = visible.values("pk")
    networks = networks_of_concern(
        mentions(today, all_visible, with_profiles=whole), ignored=thresholds().ignored_names
    )
    named = {
        str(c.pk): c
        for c in Child.objects.filter(pk__in={i for n in networks for i in n.child_ids}).select_related(
            "person"
        )
    }
    return Overview(
        rows,
        [NetworkRow(n, [named[i] for i in n.child_ids if i in named]) for n in networks],
    )
