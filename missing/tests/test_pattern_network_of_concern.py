"""Networks of concern across children (contextual safeguarding): the same person or place, matched with
`normalise`, named in the records of several children, shown to the missing and exploitation coordinator."""

from __future__ import annotations

from datetime import UTC, datetime

from missing.networks import Mention, Network, episode_mentions, networks_of_concern
from missing.patterns import ChildHistory, Episode


def place(child: str, text: str, source: str | None = None) -> Mention:
    return Mention(child, "place", text, source or f"{child}-{text}")


def test_a_place_named_for_three_children() -> None:
    (network,) = networks_of_concern(
        [
            place("c2", "Kebab shop, Station Road", "ep1"),
            place("c1", "the kebab shop station road", "ri1"),
            place("c3", "Kebab Shop, Station Road.", "profile3"),
            place("c3", "Kebab shop, Station Road", "ep9"),
        ]
    )
    assert network == Network(
        "place", "Kebab shop, Station Road", ("c1", "c2", "c3"), ("ep1", "ep9", "profile3", "ri1")
    )
    assert network.sentence == '"Kebab shop, Station Road" is named in the records of 3 children.'


def test_one_child_naming_a_place_many_times_is_not_a_network() -> None:
    assert (
        networks_of_concern([place("c1", "Park", "a"), place("c1", "park", "b"), place("c1", "PARK", "c")])
        == []
    )


def test_min_children_is_the_threshold() -> None:
    mentions = [place("c1", "Park"), place("c2", "Park")]
    assert len(networks_of_concern(mentions)) == 1
    assert networks_of_concern(mentions, min_children=3) == []


def test_people_and_places_are_kept_apart() -> None:
    mentions = [place("c1", "Jay"), Mention("c2", "person", "Jay", "ep2")]
    assert networks_of_concern(mentions) == []


def test_answers_that_are_not_names_are_not_a_network() -> None:
    mentions = [Mention(f"c{i}", "person", "Unknown", f"ep{i}") for i in range(5)]
    assert networks_of_concern(mentions) == []
    assert len(networks_of_concern(mentions, ignored=())) == 1


def test_sorted_most_children_first() -> None:
    mentions = [place("c1", "Park"), place("c2", "Park")]
    mentions += [Mention(c, "person", "Jay", c) for c in ("c1", "c2", "c3")]
    found = networks_of_concern(mentions)
    assert [(n.kind, n.name, len(n.child_ids)) for n in found] == [("person", "Jay", 3), ("place", "Park", 2)]
    assert found[1].sentence == '"Park" is named in the records of 2 children.'


def test_episode_mentions_feed_the_network() -> None:
    start = datetime(2025, 3, 1, 20, tzinfo=UTC)

    def child(child_id: str, place_name: str) -> ChildHistory:
        episode = Episode(f"{child_id}-e1", start, None, places=(place_name,), people=("Mo",))
        return ChildHistory(child_id, (episode,))

    mentions = [m for h in (child("a", "Hotel"), child("b", "hotel")) for m in episode_mentions(h)]
    found = networks_of_concern(mentions)
    assert [(n.kind, n.name, n.child_ids, n.sources) for n in found] == [
        ("person", "Mo", ("a", "b"), ("a-e1", "b-e1")),
        ("place", "Hotel", ("a", "b"), ("a-e1", "b-e1")),
    ]
