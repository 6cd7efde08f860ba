"""How a decided match turned out, from the placement it led to. Pure: no ORM.

- open: the placement has run for under LANTERN_MATCHING_STABLE_DAYS days (default 182, about six months: Lantern's
  own threshold, not a statutory one) and has not ended;
- stable: it ran that long, whether it still runs or ended later for a planned reason;
- disrupted: it ended for one of the reasons care.codes.UNPLANNED_ENDINGS counts as unplanned, whenever that was
  (the reason's label says why);
- ended as planned: it ended for another reason before it had run that long.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings

OPEN, STABLE, ENDED_PLANNED, DISRUPTED = "open", "stable", "ended_planned", "disrupted"
DEFAULT_STABLE_DAYS = 182


def stable_days() -> int:
    return int(getattr(settings, "LANTERN_MATCHING_STABLE_DAYS", DEFAULT_STABLE_DAYS))


@dataclass(frozen=True)
class OutcomeFound:
    outcome: str
    on: date | None
    why: str


def outcome_of(
    *,
    start: date,
    end: date | None,
    reason: str,
    as_of: date,
    stable_after: int,
    unplanned: Collection[str],
    reason_labels: Mapping[str, str],
) -> OutcomeFound:
    """The outcome on `as_of` of a placement that started on `start` (and ended on `end` for `reason`, if it has)."""
    stable_on = start + timedelta(days=stable_after)
    if end is not None and end <= as_of:
        if reason in unplanned:
            return OutcomeFound(DISRUPTED, end, reason_labels.get(reason, reason))
        if end >= stable_on:
            return OutcomeFound(STABLE, stable_on, f"Ran {(end - start).days} days and ended as planned")
        label = reason_labels.get(reason, "")
        return OutcomeFound(ENDED_PLANNED, end, label)
    if as_of >= stable_on:
        return OutcomeFound(STABLE, stable_on, f"Still running after {stable_after} days")
    return OutcomeFound(OPEN, None, "")
