"""Reads of the missing record that take the user or a child already loaded through the access rule."""

from __future__ import annotations

from datetime import date
from typing import Any

from missing.config import thresholds
from missing.loading import histories
from missing.models import MissingEpisode
from missing.patterns import ChildHistory, ChildPattern, child_pattern


def pattern_of(child: Any, day: date, *, with_changes: bool = True) -> ChildPattern:
    """The pattern Lantern sees in one child's episodes on `day` (the child was loaded through the access rule);
    without `with_changes`, leaving out what placement moves and new workers would tell (missing/loading.py)."""
    history = histories(day, [child.pk], with_changes=with_changes).get(str(child.pk)) or ChildHistory(
        child_id=str(child.pk), episodes=()
    )
    return child_pattern(history, day, thresholds())


def last_episode(child: Any) -> MissingEpisode | None:
    return MissingEpisode.objects.filter(child=child).order_by("-started_at").first()
