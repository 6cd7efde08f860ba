"""The risk banner at the top of the child's page: the current exploitation risk level, whether the child is missing
now, the last missing episode, and the pattern flags that stand (issue 6). Nothing shows for a child with none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.utils import timezone

from missing.config import thresholds
from missing.models import MissingEpisode
from missing.patterns import ChildPattern
from missing.selectors import last_episode, pattern_of
from risk.selectors import RiskSummary, risk_summary_of


@dataclass(frozen=True)
class RiskBanner:
    risk: RiskSummary | None
    last_episode: MissingEpisode | None
    pattern: ChildPattern

    @property
    def missing_now(self) -> bool:
        return self.last_episode is not None and self.last_episode.ended_at is None

    @property
    def shown(self) -> bool:
        return self.risk is not None or self.last_episode is not None

    @property
    def level(self) -> str:
        return str(getattr(self.risk, "level", "") or "")


def risk_banner_of(child: Any, today: date) -> RiskBanner:
    """For a child already loaded through the access rule. Most children have not gone missing in the last year,
    the longest window of missing/patterns.py: their pattern is empty without reading it."""
    last = last_episode(child)
    chosen = thresholds()
    longest = timedelta(days=max(chosen.repeat_days, chosen.wider_days))  # no flag looks further back
    if last is None or timezone.localdate(last.started_at) < today - longest:
        pattern = ChildPattern(child_id=str(child.pk), in_30_days=0, in_90_days=0, flags=())
    else:
        pattern = pattern_of(child, today)
    return RiskBanner(risk_summary_of(child), last, pattern)
