"""The facts pattern detection reads (missing/patterns.py), loaded in bulk for a day as they were known on that
day: an episode recorded later, a return not yet made, an interview not yet done are left out, and each record is
read as it was recorded by the end of that day (lantern/as_recorded.py), so that replaying a past day shows what a
worker would have seen then."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db.models import QuerySet

from care.models import Placement
from casework.models import Allocation, AllocationRole
from lantern.as_recorded import end_of as known_by
from lantern.as_recorded import rows_on
from missing.models import MissingEpisode, MissingProfile, ReturnInterview
from missing.networks import Mention
from missing.patterns import ChildHistory, Episode

_WITH_SPLIT = re.compile(r"\s*(?:[,;/]|\band\b|&)\s*", re.IGNORECASE)


def lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def names_in(text: str) -> tuple[str, ...]:
    """'Jay and Kez, a man called Dee' names three people."""
    return tuple(part for part in _WITH_SPLIT.split(text) if part.strip())


def _children(child_ids: Iterable[Any] | QuerySet[Any] | None) -> dict[str, Any]:
    """A filter on the child: the children as ids or as a query of them (a subquery, however many)."""
    if child_ids is None:
        return {}
    return {"child_id__in": child_ids if isinstance(child_ids, QuerySet) else list(child_ids)}


def _episodes(day: date, children: dict[str, Any]) -> list[dict[str, Any]]:
    """The episodes recorded by `day`, as they were recorded then."""
    cutoff = known_by(day)
    fields = ("id", "child_id", "started_at", "ended_at", "found_where", "found_with")
    rows = rows_on(MissingEpisode, day, fields, reported_at__lt=cutoff, started_at__lt=cutoff, **children)
    return sorted(rows, key=lambda row: row["started_at"])


def _interviews(day: date, children: dict[str, Any], episode_ids: set[Any]) -> dict[str, dict[str, Any]]:
    narrow = {f"episode__{name}": value for name, value in children.items()}
    fields = ("id", "episode_id", "offered_at", "done_on", "places", "people")
    rows = rows_on(ReturnInterview, day, fields, held_only=True, **narrow)
    return {str(row["episode_id"]): row for row in rows if row["episode_id"] in episode_ids}


def _starts(model: Any, child_ids: set[Any], day: date, **narrow: Any) -> dict[str, list[date]]:
    found: dict[str, list[date]] = defaultdict(list)
    for row in rows_on(
        model, day, ("child_id", "start_date"), child_id__in=child_ids, start_date__lte=day, **narrow
    ):
        found[str(row["child_id"])].append(row["start_date"])
    return found


def histories(
    day: date, child_ids: Iterable[Any] | QuerySet[Any] | None = None, *, with_changes: bool = True
) -> dict[str, ChildHistory]:
    """Each child's missing history as known on `day` (children with no episode are left out). Without
    `with_changes`, the days of placement moves and new workers are left out, for a user who may not read them."""
    cutoff = known_by(day)
    children = _children(child_ids)
    rows = _episodes(day, children)
    interviews = _interviews(day, children, {row["id"] for row in rows})
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
    with_episodes = {row["child_id"] for row in rows}
    moves = _starts(Placement, with_episodes, day) if with_changes else {}
    workers = (
        _starts(Allocation, with_episodes, day, role=AllocationRole.SOCIAL_WORKER) if with_changes else {}
    )
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
    fields = ("id", "child_id", "associates", "places")
    profiles = rows_on(MissingProfile, day, fields, child_id__in=child_ids, updated_at__lt=cutoff)
    for profile in profiles:
        child_id, source = str(profile["child_id"]), str(profile["id"])
        found += [Mention(child_id, "person", text, source) for text in lines(profile["associates"])]
        found += [Mention(child_id, "place", text, source) for text in lines(profile["places"])]
    return found
