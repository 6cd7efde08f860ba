"""Night-time and weekend clustering over the episodes of the last 90 days. Night: began 22:00 to 06:00 local
time, or ran overnight (came back on a later day, or still out after the day it began). Weekend: began between
Friday 18:00 and the end of Sunday, local time. A cluster needs 3 episodes or more, and half of them at night or
60% at the weekend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from missing.patterns import ChildHistory, Episode, Flag, Thresholds, child_pattern

LONDON = ZoneInfo("Europe/London")
TODAY = date(2025, 3, 12)  # a Wednesday
FRIDAY, SATURDAY, MONDAY, TUESDAY = date(2025, 3, 7), date(2025, 3, 8), date(2025, 3, 3), date(2025, 3, 4)


def episode(name: str, day: date, hour: int, minute: int = 0, hours: float = 2) -> Episode:
    start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)
    return Episode(name, start, start + timedelta(hours=hours), interview_done=True)


def flag(episodes: list[Episode], code: str, today: date = TODAY, **overrides: float) -> Flag | None:
    found = child_pattern(ChildHistory("c1", tuple(episodes)), today, Thresholds(**overrides))  # type: ignore[arg-type]
    return next((f for f in found.flags if f.code == code), None)


def test_two_of_three_at_night_is_a_cluster() -> None:
    episodes = [
        episode("late", MONDAY, 23),
        episode("early", TUESDAY, 3),
        episode("day", date(2025, 2, 4), 14),
    ]
    raised = flag(episodes, "night")
    assert raised is not None
    assert raised.sentence == (
        "2 of the 3 episodes in the last 90 days began at night (22:00 to 06:00) or ran overnight."
    )
    assert set(raised.episode_ids) == {"late", "early"}


def test_one_of_three_at_night_is_not() -> None:
    episodes = [episode("late", MONDAY, 23), episode("d1", TUESDAY, 14), episode("d2", date(2025, 2, 4), 14)]
    assert flag(episodes, "night") is None


def test_two_episodes_are_too_few_for_a_cluster() -> None:
    assert flag([episode("a", MONDAY, 23), episode("b", TUESDAY, 23)], "night") is None


def test_night_starts_at_22_and_ends_at_6() -> None:
    edge = [episode("a", MONDAY, 22), episode("b", TUESDAY, 5, 59), episode("c", date(2025, 2, 4), 14)]
    assert flag(edge, "night") is not None
    outside = [episode("a", MONDAY, 21, 59), episode("b", TUESDAY, 6), episode("c", date(2025, 2, 4), 14)]
    assert flag(outside, "night") is None


def test_an_afternoon_episode_that_ran_overnight_counts_as_night() -> None:
    episodes = [
        episode("overnight", MONDAY, 16, hours=20),
        episode("also", TUESDAY, 23),
        episode("day", date(2025, 2, 4), 14),
    ]
    raised = flag(episodes, "night")
    assert raised is not None and "overnight" in raised.episode_ids


def test_still_missing_since_yesterday_counts_as_overnight_but_since_this_morning_does_not() -> None:
    day = date(2025, 2, 4)
    since_yesterday = Episode("open", datetime(2025, 3, 11, 14, tzinfo=LONDON), None)
    raised = flag([since_yesterday, episode("a", MONDAY, 23), episode("b", day, 14)], "night")
    assert raised is not None and "open" in raised.episode_ids
    since_morning = Episode("open", datetime(2025, 3, 12, 9, tzinfo=LONDON), None)
    assert flag([since_morning, episode("a", MONDAY, 23), episode("b", day, 14)], "night") is None


def test_night_is_local_time_through_british_summer_time() -> None:
    # 21:30 UTC is 22:30 in London in July (night) but 21:30 in January (not night)
    def at(day: date) -> list[Episode]:
        return [
            Episode(f"e{i}", datetime(day.year, day.month, day.day + i, 21, 30, tzinfo=UTC), None)
            for i in range(3)
        ]

    july, january = date(2025, 7, 1), date(2025, 1, 1)
    ended = [Episode(e.id, e.started_at, e.started_at + timedelta(minutes=20)) for e in at(july)]
    assert flag(ended, "night", today=date(2025, 7, 10)) is not None
    ended = [Episode(e.id, e.started_at, e.started_at + timedelta(minutes=20)) for e in at(january)]
    assert flag(ended, "night", today=date(2025, 1, 10)) is None


def test_episodes_older_than_90_days_are_not_in_the_cluster() -> None:
    old = date(2024, 11, 1)
    episodes = [episode("a", old, 23), episode("b", old + timedelta(days=1), 23), episode("c", MONDAY, 23)]
    assert flag(episodes, "night") is None


def test_two_of_three_at_the_weekend_is_a_cluster() -> None:
    episodes = [episode("fri", FRIDAY, 18), episode("sat", SATURDAY, 12), episode("mon", MONDAY, 12)]
    raised = flag(episodes, "weekend")
    assert raised is not None
    assert raised.sentence == (
        "2 of the 3 episodes in the last 90 days began at the weekend (Friday 18:00 to Sunday)."
    )
    assert set(raised.episode_ids) == {"fri", "sat"}


def test_friday_before_six_is_not_the_weekend() -> None:
    episodes = [episode("fri", FRIDAY, 17, 59), episode("sat", SATURDAY, 12), episode("mon", MONDAY, 12)]
    assert flag(episodes, "weekend") is None


def test_weekend_share_is_60_percent() -> None:
    weekends = [episode(f"w{i}", SATURDAY - timedelta(weeks=i), 12) for i in range(3)]
    weekdays = [episode(f"d{i}", MONDAY - timedelta(weeks=i), 12) for i in range(3)]
    assert flag([*weekends, *weekdays[:2]], "weekend") is not None  # 3 of 5
    assert flag([*weekends[:2], *weekdays[:2]], "weekend") is None  # 2 of 4


def test_all_at_the_weekend_says_all() -> None:
    weekends = [episode(f"w{i}", SATURDAY - timedelta(weeks=i), 12) for i in range(3)]
    raised = flag(weekends, "weekend")
    assert raised is not None and raised.sentence.startswith("All 3 episodes in the last 90 days")


def test_the_weekend_can_be_configured_to_saturday_and_sunday() -> None:
    episodes = [episode("fri", FRIDAY, 20), episode("sat", SATURDAY, 12), episode("mon", MONDAY, 12)]
    assert flag(episodes, "weekend", weekend_start_day=5, weekend_start_hour=0) is None
