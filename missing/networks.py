"""Networks of concern: the same person or place named in the records of several children (contextual
safeguarding), for the missing and exploitation coordinator. Pure, like missing/patterns.py."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from missing.names import NOT_NAMES, normalise
from missing.patterns import ChildHistory


@dataclass(frozen=True)
class Mention:
    child_id: str
    kind: str  # "person" or "place"
    text: str  # as written
    source: str  # the id of the record it came from (episode, return interview, profile)


@dataclass(frozen=True)
class Network:
    kind: str
    name: str  # the most common written form
    child_ids: tuple[str, ...]  # sorted
    sources: tuple[str, ...]  # sorted

    @property
    def sentence(self) -> str:
        count = len(self.child_ids)
        return f'"{self.name}" is named in the records of {count} {"child" if count == 1 else "children"}.'


def networks_of_concern(
    mentions: Iterable[Mention],
    min_children: int = 2,
    ignored: Iterable[str] = NOT_NAMES,
) -> list[Network]:
    """The same person or place (matched with `normalise`, within a kind) named in the records of at least
    `min_children` children: most children first, then kind and name."""
    skip = {normalise(name) for name in ignored}
    children: dict[tuple[str, str], set[str]] = defaultdict(set)
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        key = (mention.kind, normalise(mention.text))
        if not key[1] or key[1] in skip:
            continue
        children[key].add(mention.child_id)
        sources[key].add(mention.source)
        forms[key][" ".join(mention.text.split())] += 1
    found = [
        Network(k[0], forms[k].most_common(1)[0][0], tuple(sorted(ids)), tuple(sorted(sources[k])))
        for k, ids in children.items()
        if len(ids) >= max(min_children, 1)
    ]
    return sorted(found, key=lambda n: (-len(n.child_ids), n.kind, normalise(n.name), n.name))


def episode_mentions(history: ChildHistory) -> Iterator[Mention]:
    """The places and people named in a child's episodes, as mentions whose source is the episode id."""
    for episode in history.episodes:
        for place in episode.places:
            yield Mention(history.child_id, "place", place, episode.id)
        for person in episode.people:
            yield Mention(history.child_id, "person", person, episode.id)
