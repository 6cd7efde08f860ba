"""The facts pattern detection reads (missing/patterns.py), loaded in bulk for a day as they were known on that
day: an episode recorded later, a return not yet made, an interview not yet done are left out, so that replaying a
past day shows what a worker would have seen then."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from care.models import Placement
from casework.models import Allocation, AllocationRole
from missing.models import MissingEpisode, MissingProfile, ReturnInterview
from missing.networks import Mention
from missing.patterns import ChildHistory, Episode

_WITH_SPLIT = re.compile(r"\s*(?:[,;/]|\band\b|&)\s*", re.IGNORECASE)


def known_by(day: date) -> datetime:
    """The end of `day`, or now when `day` is today: what had been recorded by then counts."""
    end = timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))
    return min(end, timezone.now())


def lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def names_in(text: str) -> tuple[str, ...]:
    """'Jay and Kez, a man called Dee' names three people."""
    return tuple(part for part in _WITH_SPLIT.split(text) if part.strip())


def _known(day: date, child_ids: Iterable[Any] | QuerySet[Any] | None) -> QuerySet[MissingEpisode]:
    """The episodes recorded by `day`; the children as ids or as a query of them (a subquery, however many)."""
    cutoff = known_by(day)
    found = MissingEpisode.objects.filter(reported_at__lt=cutoff, started_at__lt=cutoff)
    if child_ids is None:
        return found
    return found.filter(child_id__in=child_ids if isinstance(child_ids, QuerySet) else list(child_ids))


def _episodes(known: QuerySet[MissingEpisode]) -> list[dict[str, Any]]:
    rows = known.values("id", "child_id", "started_at", "ended_at", "found_where", "found_with")
    return [dict(row) for row in rows.order_by("started_at")]


def _interviews(known: QuerySet[MissingEpisode]) -> dict[str, dict[str, Any]]:
    rows = ReturnInterview.objects.filter(episode__in=known.values("pk")).values(
        "id", "episode_id", "offered_at", "done_on", "places", "people"
    )
    return {str(row["episode_id"]): dict(row) for row in rows}


def _starts(model: Any, known: QuerySet[MissingEpisode], day: date, **narrow: Any) -> dict[str, list[date]]:
    found: dict[str, list[date]] = defaultdict(list)
    rows = model.objects.filter(
        child_id__in=known.values("child_id"), start_date__lte=day, **narrow
    ).values_list("child_id", "start_date")
    for child_id, start in rows:
        found[str(child_id)].append(start)
    return found


def histories(
    day: date, child_ids: Iterable[Any] | QuerySet[Any] | None = None, *, with_changes: bool = True
) -> dict[str, ChildHistory]:
    """Each child's missing history as known on `day` (children with no episode are left out). Without
    `with_changes`, the days of placement moves and new workers are left out, for a user who may not read them."""
    cutoff = known_by(day)
    known = _known(day, child_ids)
    rows = _episodes(known)
    interviews = _interviews(known)
    by_child: dict[str, list[Episode]] = defaultdict(list)
    for row in rows:
        interview = interviews.get(str(row["id"]))
        done = bool(interview and interview["done_on"] and interview["done_on"] <= day)
        offered = (
            interview["offered_at"]
            if interview and interview["offered_at"] and interview["offered_at"] < cutoff
            else None
        )
        ended = row["ended_at"] if row["ended_at"] is not None and row["ended_at"] < cutoff else None
        places = ((row["found_where"],) if row["found_where"].strip() and ended else ()) + (
            lines(interview["places"]) if done and interview else ()
        )
        people = (names_in(row["found_with"]) if ended else ()) + (
            lines(interview["people"]) if done and interview else ()
        )
        by_child[str(row["child_id"])].append(
            Episode(
                id=str(row["id"]),
                started_at=row["started_at"],
                ended_at=ended,
                places=places,
                people=people,
                interview_done=done,
                interview_offered_at=offered,
            )
        )
    moves = _starts(Placement, known, day) if with_changes else {}
    workers = _starts(Allocation, known, day, role=AllocationRole.SOCIAL_WORKER) if with_changes else {}
    return {
        child_id: ChildHistory(
            child_id=child_id,
            episodes=tuple(found),
            placement_starts=tuple(sorted(moves.get(child_id, ()))),
            worker_starts=tuple(sorted(workers.get(child_id, ()))),
        )
        for child_id, found in by_child.items()
    }


def mentions(
    day: date, child_ids: Iterable[Any] | QuerySet[Any], *, with_profiles: bool = True
) -> list[Mention]:
    """Every person and place named in these children's episodes, return interviews and (unless left out, for a
    user who may not read them) profiles by `day`."""
    if not isinstance(child_ids, QuerySet):
        child_ids = list(child_ids)
    found: list[Mention] = []
    for history in histories(day, child_ids, with_changes=False).values():
        for episode in history.episodes:
            found += [Mention(history.child_id, "place", text, episode.id) for text in episode.places]
            found += [Mention(history.child_id, "person", text, episode.id) for text in episode.people]
    if not with_profiles:
        return found
    cutoff = known_by(day)
    profiles = MissingProfile.objects.filter(child_id__in=child_ids, updated_at__lt=cutoff).values(
        "id", "child_id", "associates", "places"
    )
    for profile in profiles:
        child_id, source = str(profile["child_id"]), str(profile["id"])
        found += [Mention(child_id, "person", text, source) for text in lines(profile["associates"])]
        found += [Mention(child_id, "place", text, source) for text in lines(profile["places"])]
    return found
