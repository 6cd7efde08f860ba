"""The authority the missing-from-care tests read: about 300 children, five years, built once per test run."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from datetime import date, datetime, time
from functools import cache

from synthetic.generator import build_authority
from synthetic.mint import LONDON
from synthetic.spec import Authority, MissingEpisodeSpec

AS_OF = date(2026, 3, 31)
CUTOFF = datetime.combine(AS_OF, time(0), tzinfo=LONDON)  # nothing is recorded as happening on or after as_of
CHILDREN = 300
_SPLIT = re.compile(r"\s*(?:[,;/]|\band\b|&)\s*", re.IGNORECASE)  # how "who the child was with" names several


@cache
def built(seed: int = 7) -> Authority:
    return build_authority(children=CHILDREN, years=5, seed=seed, as_of=AS_OF)


def local(moment: datetime) -> datetime:
    """A time on the London clock (the seed keeps its times in UTC)."""
    return moment.astimezone(LONDON)


def episodes_by_child(a: Authority) -> dict[uuid.UUID, list[MissingEpisodeSpec]]:
    found: dict[uuid.UUID, list[MissingEpisodeSpec]] = defaultdict(list)
    for episode in a.missing_episodes:
        found[episode.child].append(episode)
    for own in found.values():
        own.sort(key=lambda e: e.started_at)
    return found


def named(a: Authority) -> dict[tuple[str, str], set[uuid.UUID]]:
    """(kind, name as matched) to the children whose records name it: where found and who with for episodes that
    ended, the places and people of done return interviews, and the profiles' associates and places."""
    found: dict[tuple[str, str], set[uuid.UUID]] = defaultdict(set)

    def add(kind: str, text: str, child: uuid.UUID) -> None:
        key = " ".join(text.casefold().split()).removeprefix("the ")
        if key and key not in ("alone", "unknown"):
            found[(kind, key)].add(child)

    for e in a.missing_episodes:
        if e.ended_at is not None:
            add("place", e.found_where, e.child)
            for person in _SPLIT.split(e.found_with):
                add("person", person, e.child)
    for i in a.return_interviews:
        if i.done_on is not None:
            for line in i.places.splitlines():
                add("place", line, i.child)
            for line in i.people.splitlines():
                add("person", line, i.child)
    for p in a.missing_profiles:
        for line in p.places.splitlines():
            add("place", line, p.child)
        for line in p.associates.splitlines():
            add("person", line, p.child)
    return found
