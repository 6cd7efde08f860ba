"""Rolling 30 and 90 day counts, and the "frequent" flag raised at its thresholds and not just below them.
Days are local (Europe/London) dates: an episode that began 29 days before today is in the last 30 days, one that
began 30 days before is not. Only episodes that began on or before today count."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from missing.patterns import ChildHistory, Episode, Thresholds, child_pattern, patterns

LONDON = ZoneInfo("Europe/London")
TODAY = date(2025, 3, 12)


def episode(name: str, days_ago: int, hour: int = 15, hours: float = 3, done: bool = True) -> Episode:
    start = datetime.combine(TODAY - timedelta(days=days_ago), time(hour), tzinfo=LONDON)
    return Episode(name, start, start + timedelta(hours=hours), interview_done=done)


def history(*episodes: Episode) -> ChildHistory:
    return ChildHistory("c1", tuple(episodes))


def codes(h: ChildHistory, today: date = TODAY, thresholds: Thresholds | None = None) -> list[str]:
    found = child_pattern(h, today, thresholds or Thresholds())
    return [flag.code for flag in found.flags]


def test_counts_use_the_last_30_and_90_local_days_including_today() -> None:
    found = child_pattern(history(*(episode(f"e{d}", d) for d in (0, 29, 30, 89, 90, 400))), TODAY)
    assert (found.in_30_days, found.in_90_days) == (2, 4)


def test_a_late_evening_start_in_summer_counts_on_its_local_date() -> None:
    # 23:30 UTC on 10 June is 00:30 on 11 June in London (BST): 29 local days before 10 July, not 30
    late = Episode("e1", datetime(2025, 6, 10, 23, 30, tzinfo=UTC), datetime(2025, 6, 11, 2, tzinfo=UTC))
    assert child_pattern(history(late), date(2025, 7, 10)).in_30_days == 1
    assert child_pattern(history(late), date(2025, 7, 11)).in_30_days == 0


def test_episodes_after_today_are_not_seen() -> None:
    found = child_pattern(history(episode("e1", 1), episode("e2", -1), episode("e3", -40)), TODAY)
    assert (found.in_30_days, found.in_90_days) == (1, 1)


def test_three_in_30_days_is_frequent_and_the_sentence_gives_the_figures() -> None:
    found = child_pattern(history(episode("a", 2), episode("b", 10), episode("c", 20)), TODAY)
    (flag,) = [f for f in found.flags if f.code == "frequent"]
    assert flag.sentence == "3 episodes in the last 30 days."
    assert flag.episode_ids == ("c", "b", "a")


def test_two_in_30_days_is_not_frequent() -> None:
    assert "frequent" not in codes(history(episode("a", 2), episode("b", 10)))


def test_five_in_90_days_is_frequent_even_with_fewer_than_three_in_30() -> None:
    h = history(*(episode(f"e{d}", d) for d in (5, 35, 50, 65, 80)))
    found = child_pattern(h, TODAY)
    (flag,) = [f for f in found.flags if f.code == "frequent"]
    assert flag.sentence == "5 episodes in the last 90 days, 1 of them in the last 30."
    assert len(flag.episode_ids) == 5


def test_four_in_90_days_spread_out_is_not_frequent() -> None:
    assert "frequent" not in codes(history(*(episode(f"e{d}", d) for d in (5, 35, 65, 80))))


def test_thresholds_are_configurable() -> None:
    h = history(episode("a", 2), episode("b", 10))
    assert "frequent" in codes(h, thresholds=Thresholds(frequent_in_30=2))


def test_thresholds_reject_nonsense() -> None:
    with pytest.raises(ValueError):
        Thresholds(recent_days=100, wider_days=90)
    with pytest.raises(ValueError):
        Thresholds(night_start=24)


def test_naive_times_are_refused() -> None:
    naive = Episode("e1", datetime(2025, 3, 1, 12), None)
    with pytest.raises(ValueError, match="timezone-aware"):
        child_pattern(history(naive), TODAY)


def test_patterns_returns_every_child_flagged_or_not() -> None:
    busy = ChildHistory("busy", (episode("a", 2), episode("b", 3), episode("c", 4)))
    quiet = ChildHistory("quiet", ())
    found = patterns([busy, quiet], TODAY)
    assert set(found) == {"busy", "quiet"}
    assert found["busy"].flags and not found["quiet"].flags
