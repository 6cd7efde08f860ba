"""Properties of pattern detection, on random histories: the future is never seen (an episode that begins after
today, or a return after today, changes nothing); every flag's episodes are the child's own, begun by today; the
counts agree with the windows; the summary is empty exactly when there is no flag; `normalise` is idempotent and
ignores case, accents and punctuation; networks hold at least `min_children` children, sorted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from missing.names import normalise
from missing.networks import Mention, networks_of_concern
from missing.patterns import ChildHistory, Episode, child_pattern

LONDON = ZoneInfo("Europe/London")
TODAY = date(2025, 3, 30)  # the day the clocks go forward
SETTINGS = settings(max_examples=100, deadline=None, derandomize=True)
NAMES = st.sampled_from(["Jay", "jay's", "JAY", "Park", "the park", "Café", "cafe", "Unknown", "Mo", "Hotel"])


@st.composite
def episodes(draw: st.DrawFn, index: int, future: bool = False) -> Episode:
    """An episode beginning in the 400 days up to the end of today, or (`future`) in the 60 days after it."""
    tomorrow = datetime.combine(TODAY + timedelta(days=1), datetime.min.time(), tzinfo=LONDON).astimezone(UTC)
    minutes = st.integers(0, 60 * 24 * 60) if future else st.integers(-400 * 24 * 60, -1)
    start = tomorrow + timedelta(minutes=draw(minutes))
    length = draw(st.none() | st.integers(1, 6 * 24 * 60))
    ended = None if length is None else start + timedelta(minutes=length)
    offered = draw(st.none() | st.integers(0, 200))
    return Episode(
        id=f"e{index}",
        started_at=start,
        ended_at=ended,
        places=tuple(draw(st.lists(NAMES, max_size=2))),
        people=tuple(draw(st.lists(NAMES, max_size=2))),
        interview_done=draw(st.booleans()),
        interview_offered_at=None if offered is None or ended is None else ended + timedelta(hours=offered),
    )


@st.composite
def histories(draw: st.DrawFn) -> ChildHistory:
    count = draw(st.integers(0, 12))
    days = st.lists(st.dates(TODAY - timedelta(days=400), TODAY + timedelta(days=30)), max_size=4)
    return ChildHistory(
        "c1",
        tuple(draw(episodes(i)) for i in range(count)),
        placement_starts=tuple(draw(days)),
        worker_starts=tuple(draw(days)),
    )


@SETTINGS
@given(histories(), episodes(99, future=True))
def test_an_episode_after_today_changes_nothing(history: ChildHistory, future: Episode) -> None:
    with_future = replace(history, episodes=(*history.episodes, future))
    assert child_pattern(with_future, TODAY) == child_pattern(history, TODAY)


@SETTINGS
@given(histories())
def test_a_return_after_today_is_the_same_as_still_missing(history: ChildHistory) -> None:
    tomorrow = datetime.combine(TODAY + timedelta(days=1), datetime.min.time(), tzinfo=LONDON)
    later = tuple(
        replace(e, ended_at=tomorrow + timedelta(hours=5)) if e.ended_at is None else e
        for e in history.episodes
    )
    assert child_pattern(replace(history, episodes=later), TODAY) == child_pattern(history, TODAY)


@SETTINGS
@given(histories())
def test_flags_name_only_the_childs_episodes_begun_by_today(history: ChildHistory) -> None:
    begun = {e.id for e in history.episodes if e.started_at.astimezone(LONDON).date() <= TODAY}
    found = child_pattern(history, TODAY)
    assert found.in_30_days <= found.in_90_days <= len(begun)
    for flag in found.flags:
        assert flag.episode_ids and set(flag.episode_ids) <= begun
        assert len(set(flag.episode_ids)) == len(flag.episode_ids)
        assert flag.sentence[:1].isupper() or flag.sentence[:1].isdigit() or flag.sentence[:1] == '"'
        assert flag.sentence.endswith(".")
    assert (found.summary == "") == (not found.flags)


@SETTINGS
@given(st.text(max_size=40))
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@SETTINGS
@given(
    st.text(alphabet="abcdefghij klmnop", min_size=1, max_size=20), st.sampled_from([str.upper, str.title])
)
def test_normalise_ignores_case_and_punctuation(text: str, case: Callable[[str], str]) -> None:
    assert normalise(f" {case(text)}!, ") == normalise(text)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.sampled_from(["c1", "c2", "c3", "c4"]), NAMES, st.sampled_from(["person", "place"]))
    ),
    st.integers(1, 4),
)
def test_networks_hold_enough_children_and_are_sorted(found: list[tuple[str, str, str]], least: int) -> None:
    mentions = [Mention(child, kind, text, f"s{i}") for i, (child, text, kind) in enumerate(found)]
    networks = networks_of_concern(mentions, min_children=least)
    sizes = [len(n.child_ids) for n in networks]
    assert sizes == sorted(sizes, reverse=True)
    for network in networks:
        assert len(network.child_ids) >= least
        assert list(network.child_ids) == sorted(set(network.child_ids))
        assert normalise(network.name) not in {"unknown"}
