"""Episodes with no return interview: an episode of the last 90 days that ended more than 72 hours before today
began (M5: an independent return interview is offered within 72 hours of the return), with no interview done. The
sentence also says how many were not even offered within the 72 hours."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from missing.patterns import ChildHistory, Episode, Flag, Thresholds, child_pattern

LONDON = ZoneInfo("Europe/London")
TODAY = date(2025, 3, 12)
MIDNIGHT = datetime.combine(TODAY, time(), tzinfo=LONDON)  # the start of today


def returned(
    name: str, hours_before_today: float, done: bool = False, offered_after: float | None = None
) -> Episode:
    end = MIDNIGHT - timedelta(hours=hours_before_today)
    offered = None if offered_after is None else end + timedelta(hours=offered_after)
    return Episode(name, end - timedelta(hours=5), end, interview_done=done, interview_offered_at=offered)


def flag(*episodes: Episode, thresholds: Thresholds | None = None) -> Flag | None:
    found = child_pattern(ChildHistory("c1", episodes), TODAY, thresholds or Thresholds())
    return next((f for f in found.flags if f.code == "no_interview"), None)


def test_no_interview_more_than_72_hours_after_the_return_is_raised() -> None:
    raised = flag(returned("e1", 73, offered_after=10))
    assert raised is not None
    assert raised.sentence == (
        "No return interview for 1 episode in the last 90 days that ended over 72 hours ago."
    )
    assert raised.episode_ids == ("e1",)


def test_still_within_72_hours_is_not_raised() -> None:
    assert flag(returned("e1", 71)) is None


def test_an_interview_done_is_not_raised() -> None:
    assert flag(returned("e1", 100, done=True, offered_after=5)) is None


def test_a_child_still_missing_is_not_raised() -> None:
    assert flag(Episode("open", MIDNIGHT - timedelta(days=10), None)) is None


def test_a_return_after_today_is_still_open_today() -> None:
    assert flag(Episode("e1", MIDNIGHT - timedelta(days=10), MIDNIGHT + timedelta(days=1))) is None


def test_it_counts_against_the_returns_due_and_says_how_many_were_not_offered() -> None:
    raised = flag(
        returned("e1", 300, offered_after=80),  # offered, but late
        returned("e2", 200),  # never offered
        returned("e3", 150, offered_after=24),  # offered in time, declined
        returned("e4", 100, done=True, offered_after=5),
        returned("e5", 10),  # not due yet
    )
    assert raised is not None
    assert raised.sentence == (
        "No return interview for 3 of the 4 episodes in the last 90 days that ended over 72 hours ago"
        " (2 not offered within 72 hours)."
    )
    assert raised.episode_ids == ("e1", "e2", "e3")


def test_episodes_older_than_90_days_are_left_to_the_record() -> None:
    assert flag(returned("e1", 24 * 91)) is None


def test_the_minimum_is_configurable() -> None:
    assert flag(returned("e1", 100), thresholds=Thresholds(no_interview_min=2)) is None
    assert (
        flag(returned("e1", 100), returned("e2", 90), thresholds=Thresholds(no_interview_min=2)) is not None
    )
