"""An episode that began within 14 days of a placement move or of a new allocated social worker starting (the day
itself included), among the episodes of the last 90 days. Moves and changes after today are not seen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from missing.patterns import ChildHistory, Episode, Flag, Thresholds, child_pattern

LONDON = ZoneInfo("Europe/London")
TODAY = date(2025, 3, 12)
MOVE = date(2025, 2, 3)


def on(name: str, day: date, hour: int = 15) -> Episode:
    start = datetime.combine(day, time(hour), tzinfo=LONDON)
    return Episode(name, start, start + timedelta(hours=3), interview_done=True)


def flag(
    code: str,
    *episodes: Episode,
    moves: tuple[date, ...] = (),
    workers: tuple[date, ...] = (),
    thresholds: Thresholds | None = None,
) -> Flag | None:
    history = ChildHistory("c1", episodes, placement_starts=moves, worker_starts=workers)
    found = child_pattern(history, TODAY, thresholds or Thresholds())
    return next((f for f in found.flags if f.code == code), None)


def test_an_episode_14_days_after_a_move_is_raised() -> None:
    raised = flag("after_move", on("e1", MOVE + timedelta(days=14)), moves=(MOVE,))
    assert raised is not None
    assert raised.sentence == "1 episode began within 14 days of a placement move (3 Feb 2025)."
    assert raised.episode_ids == ("e1",)


def test_an_episode_on_the_day_of_the_move_is_raised() -> None:
    assert flag("after_move", on("e1", MOVE), moves=(MOVE,)) is not None


def test_15_days_after_is_not() -> None:
    assert flag("after_move", on("e1", MOVE + timedelta(days=15)), moves=(MOVE,)) is None


def test_the_day_before_the_move_is_not() -> None:
    assert flag("after_move", on("e1", MOVE - timedelta(days=1)), moves=(MOVE,)) is None


def test_a_move_after_today_is_not_seen() -> None:
    assert flag("after_move", on("e1", TODAY), moves=(TODAY + timedelta(days=1),)) is None


def test_several_moves_and_episodes() -> None:
    second = date(2025, 3, 1)
    raised = flag(
        "after_move",
        on("e1", MOVE + timedelta(days=2)),
        on("e2", second + timedelta(days=3)),
        on("e3", date(2025, 2, 25)),
        moves=(second, MOVE, date(2024, 1, 1)),
    )
    assert raised is not None
    assert (
        raised.sentence == "2 episodes began within 14 days of a placement move (3 Feb 2025 and 1 Mar 2025)."
    )
    assert raised.episode_ids == ("e1", "e2")


def test_a_new_social_worker() -> None:
    raised = flag("after_worker_change", on("e1", MOVE + timedelta(days=5)), workers=(MOVE,))
    assert raised is not None
    assert raised.sentence == "1 episode began within 14 days of a new social worker starting (3 Feb 2025)."
    assert flag("after_move", on("e1", MOVE + timedelta(days=5)), workers=(MOVE,)) is None


def test_episodes_older_than_90_days_are_not_flagged() -> None:
    old_move = TODAY - timedelta(days=100)
    assert flag("after_move", on("e1", old_move + timedelta(days=2)), moves=(old_move,)) is None


def test_the_window_is_configurable() -> None:
    late = on("e1", MOVE + timedelta(days=20))
    assert flag("after_move", late, moves=(MOVE,), thresholds=Thresholds(after_change_days=21)) is not None
