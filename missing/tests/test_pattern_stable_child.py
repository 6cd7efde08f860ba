"""A stable child gets no flags and an empty summary: no episodes at all, or one old episode, even one that left
no return interview and named a place and a person."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from missing.patterns import ChildHistory, Episode, child_pattern

LONDON = ZoneInfo("Europe/London")
TODAY = date(2025, 3, 12)


def test_a_child_who_has_never_gone_missing() -> None:
    found = child_pattern(ChildHistory("c1", (), placement_starts=(date(2025, 3, 1),)), TODAY)
    assert (found.in_30_days, found.in_90_days, found.flags, found.summary) == (0, 0, (), "")


def test_a_child_with_one_old_episode() -> None:
    start = datetime.combine(TODAY - timedelta(days=200), time(23), tzinfo=LONDON)
    old = Episode("e1", start, start + timedelta(hours=30), places=("Park",), people=("Jay",))
    history = ChildHistory(
        "c1", (old,), placement_starts=(start.date(),), worker_starts=(start.date() - timedelta(days=3),)
    )
    found = child_pattern(history, TODAY)
    assert (found.in_30_days, found.in_90_days, found.flags, found.summary) == (0, 0, (), "")


def test_a_child_with_one_recent_episode_that_went_well() -> None:
    start = datetime.combine(TODAY - timedelta(days=10), time(16), tzinfo=LONDON)
    recent = Episode("e1", start, start + timedelta(hours=2), places=("Park",), interview_done=True)
    found = child_pattern(ChildHistory("c1", (recent,)), TODAY)
    assert (found.in_30_days, found.in_90_days, found.flags, found.summary) == (1, 1, (), "")
