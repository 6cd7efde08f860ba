"""Repeated places and people: the same place or person (matched with `normalise`) named in 2 or more different
episodes of the last year, from where the child was found, who with, and the return interview. One flag for each
place or person, naming the episodes; answers that are not names ("unknown") never count."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from missing.names import normalise
from missing.patterns import ChildHistory, Episode, Flag, Thresholds, child_pattern

LONDON = ZoneInfo("Europe/London")
TODAY = date(2025, 3, 12)


def episode(name: str, days_ago: int, places: tuple[str, ...] = (), people: tuple[str, ...] = ()) -> Episode:
    start = datetime.combine(TODAY - timedelta(days=days_ago), time(15), tzinfo=LONDON)
    return Episode(name, start, start + timedelta(hours=3), places, people, interview_done=True)


def flags(*episodes: Episode, thresholds: Thresholds | None = None) -> list[Flag]:
    found = child_pattern(ChildHistory("c1", episodes), TODAY, thresholds or Thresholds())
    return [f for f in found.flags if f.code.startswith("repeated_")]


@pytest.mark.parametrize(
    ("written", "matched"),
    [
        ("The Kebab Shop, Station Rd.", "kebab shop station rd"),
        ("  kebab   SHOP -- station rd ", "kebab shop station rd"),
        ("Café Rouge", "cafe rouge"),
        ("Jay's", "jay"),
        ("JAY’S flat", "jay flat"),
        ("McDonald's", "mcdonald"),
        ("O'Neil", "oneil"),
        ("the", "the"),
        ("The the Grove", "grove"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_normalise(written: str, matched: str) -> None:
    assert normalise(written) == matched


def test_a_place_named_in_two_episodes_is_raised_with_both() -> None:
    (flag,) = flags(
        episode("e1", 40, places=("Kebab shop, Station Road",)),
        episode("e2", 10, places=("the kebab shop station road",)),
    )
    assert flag.code == "repeated_place"
    assert (
        flag.sentence == 'The same place, "Kebab shop, Station Road", named in 2 episodes in the last year.'
    )
    assert flag.episode_ids == ("e1", "e2")


def test_a_place_named_in_only_one_episode_is_not() -> None:
    assert flags(episode("e1", 40, places=("Kebab shop",)), episode("e2", 10, places=("Bus station",))) == []


def test_named_twice_in_the_same_episode_is_one_episode() -> None:
    # found there, and named again in the return interview: still one episode
    assert flags(episode("e1", 10, places=("Kebab shop", "kebab shop"))) == []


def test_a_person_named_in_three_episodes() -> None:
    (flag,) = flags(
        episode("e1", 100, people=("Jay",)),
        episode("e2", 50, people=("jay's",)),
        episode("e3", 5, people=("JAY", "Mo")),
    )
    assert flag.code == "repeated_person"
    assert flag.sentence == 'The same person, "Jay", named in 3 episodes in the last year.'
    assert flag.episode_ids == ("e1", "e2", "e3")


def test_people_and_places_are_kept_apart() -> None:
    assert flags(episode("e1", 10, places=("Jay",)), episode("e2", 5, people=("Jay",))) == []


def test_answers_that_are_not_names_never_repeat() -> None:
    assert flags(episode("e1", 10, people=("Unknown",)), episode("e2", 5, people=("unknown.",))) == []
    assert flags(episode("e1", 10, places=("N/A",)), episode("e2", 5, places=("n/a",))) == []


def test_names_older_than_a_year_do_not_count() -> None:
    assert flags(episode("e1", 365, places=("Park",)), episode("e2", 5, places=("Park",))) == []
    assert len(flags(episode("e1", 364, places=("Park",)), episode("e2", 5, places=("Park",)))) == 1


def test_each_repeated_place_is_its_own_flag_most_named_first() -> None:
    found = flags(
        episode("e1", 30, places=("Park", "Hotel")),
        episode("e2", 20, places=("Park", "Hotel")),
        episode("e3", 10, places=("Hotel",)),
    )
    assert [f.sentence.split('"')[1] for f in found] == ["Hotel", "Park"]


def test_repeat_min_is_configurable() -> None:
    two = (episode("e1", 10, places=("Park",)), episode("e2", 5, places=("Park",)))
    assert flags(*two, thresholds=Thresholds(repeat_min=3)) == []
