"""Rising frequency (the last 30 days against the child's own average per 30 days over the 180 days before) and
rising duration (the median of the last 3 finished episodes against the median of the earlier ones), each raised
at its threshold and not just below it; and the summary that puts a rise beside the count it qualifies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from missing.patterns import ChildHistory, Episode, Flag, Thresholds, child_pattern

LONDON = ZoneInfo("Europe/London")
TODAY = date(2025, 3, 12)


def episode(name: str, days_ago: int, hours: float = 3, hour: int = 15) -> Episode:
    start = datetime.combine(TODAY - timedelta(days=days_ago), time(hour), tzinfo=LONDON)
    return Episode(name, start, start + timedelta(hours=hours), interview_done=True)


def spread(count: int, first: int = 35, last: int = 205, prefix: str = "old") -> list[Episode]:
    """`count` episodes spread over the baseline (31 to 210 days ago by default)."""
    step = (last - first) // max(count - 1, 1)
    return [episode(f"{prefix}{i}", first + i * step) for i in range(count)]


def flag(episodes: list[Episode], code: str, thresholds: Thresholds | None = None) -> Flag | None:
    found = child_pattern(ChildHistory("c1", tuple(episodes)), TODAY, thresholds or Thresholds())
    return next((f for f in found.flags if f.code == code), None)


def test_twice_the_childs_own_average_is_rising() -> None:
    # 6 in the 180 days before the last 30: an average of 1 a month; 2 in the last 30 is double
    raised = flag([*spread(6), episode("new1", 3), episode("new2", 10)], "rising")
    assert raised is not None
    assert raised.sentence == (
        "2 episodes in the last 30 days, up from an average of 1 a month over the previous 6 months."
    )
    assert raised.episode_ids == ("new2", "new1")


def test_just_under_twice_the_average_is_not_rising() -> None:
    # 7 in 180 days is 1.17 a month; twice that is 2.33, so 2 is not enough
    assert flag([*spread(7), episode("new1", 3), episode("new2", 10)], "rising") is None


def test_from_nothing_to_two_is_rising() -> None:
    raised = flag([episode("new1", 3), episode("new2", 10)], "rising")
    assert raised is not None
    assert "up from none over the previous 6 months" in raised.sentence


def test_a_single_recent_episode_is_never_rising() -> None:
    assert flag([episode("new1", 3)], "rising") is None


def test_episodes_before_the_baseline_do_not_count_in_it() -> None:
    # 6 episodes 211-260 days ago are outside the 180 days before the last 30: the baseline is empty
    raised = flag([*spread(6, 211, 260), episode("new1", 3), episode("new2", 10)], "rising")
    assert raised is not None and "up from none" in raised.sentence


def test_summary_puts_the_rise_beside_the_count() -> None:
    # the issue's own example: a rise to 4 in a month from 1 a month, 3 of them at night, an address named twice
    recent = [episode(f"new{d}", d, hour=23 if d < 20 else 15) for d in (2, 9, 16, 23)]
    recent[0] = replace(recent[0], places=("12 high street.",))
    recent[2] = replace(recent[2], places=("Station Road",))
    recent[3] = replace(recent[3], places=("12 High Street",))
    found = child_pattern(ChildHistory("c1", tuple([*spread(6, 100, 200), *recent])), TODAY)
    assert [f.code for f in found.flags] == ["frequent", "rising", "night", "repeated_place"]
    assert found.summary == (
        "4 episodes in the last 30 days, up from an average of 1 a month over the previous 6 months;"
        " 3 of the 4 episodes in the last 90 days began at night (22:00 to 06:00) or ran overnight;"
        ' the same place, "12 High Street", named in 2 episodes in the last year.'
    )


def test_longer_episodes_than_before_are_rising_duration() -> None:
    earlier = [episode(f"old{d}", d, hours=4) for d in (300, 250, 200)]
    recent = [episode(f"new{d}", d, hours=h) for d, h in ((60, 20), (40, 12), (20, 30))]
    raised = flag([*earlier, *recent], "rising_duration")
    assert raised is not None
    assert (
        raised.sentence
        == "The last 3 episodes lasted a median of 20 hours, against 4 hours for the 3 before."
    )
    assert raised.episode_ids == ("new60", "new40", "new20")


def test_just_under_twice_as_long_is_not_rising_duration() -> None:
    earlier = [episode(f"old{d}", d, hours=10) for d in (300, 250, 200)]
    recent = [episode(f"new{d}", d, hours=19.5) for d in (60, 40, 20)]
    assert flag([*earlier, *recent], "rising_duration") is None
    assert flag([*earlier, *recent], "rising_duration", Thresholds(duration_ratio=1.9)) is not None


def test_short_episodes_doubling_are_noise() -> None:
    earlier = [episode(f"old{d}", d, hours=2) for d in (300, 250, 200)]
    recent = [episode(f"new{d}", d, hours=11.9) for d in (60, 40, 20)]
    assert flag([*earlier, *recent], "rising_duration") is None


def test_rising_duration_needs_enough_earlier_episodes() -> None:
    earlier = [episode(f"old{d}", d, hours=2) for d in (300, 250)]
    recent = [episode(f"new{d}", d, hours=30) for d in (60, 40, 20)]
    assert flag([*earlier, *recent], "rising_duration") is None


def test_rising_duration_is_about_now() -> None:
    earlier = [episode(f"old{d}", d, hours=2) for d in (500, 450, 400)]
    recent = [episode(f"new{d}", d, hours=30) for d in (200, 150, 90)]
    assert flag([*earlier, *recent], "rising_duration") is None


def test_open_episodes_have_no_duration_yet() -> None:
    earlier = [episode(f"old{d}", d, hours=2) for d in (300, 250, 200)]
    recent = [episode(f"new{d}", d, hours=30) for d in (60, 40)]
    still_out = Episode("open", datetime.combine(TODAY, time(9), tzinfo=LONDON), None)
    assert flag([*earlier, *recent, still_out], "rising_duration") is None
