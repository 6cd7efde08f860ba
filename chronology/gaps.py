"""Gaps in a chronology: long periods in which nothing was recorded about the child by any agency.

A pure module (no ORM). The Child R review found that nobody held the child's history; a chronology that shows its
silences as plainly as its events lets a reader see when no one was in contact. Every entry's date counts as a day
of recorded activity, and so does the end of a period entry (an allocation ending is an event); the days of a
period in between do not, since a worker allocated is not a worker in contact.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, Protocol

DEFAULT_GAP_DAYS = 56


@dataclass(frozen=True)
class Gap:
    start: date  # the day after the last recorded activity
    end: date  # the day before the next
    days: int

    @property
    def months(self) -> int:
        return self.days // 30


def find_gaps(days: Iterable[date], *, min_days: int = DEFAULT_GAP_DAYS) -> list[Gap]:
    """Every run of at least `min_days` days without recorded activity between the first and last active day."""
    ordered = sorted(set(days))
    gaps = []
    for before, after in pairwise(ordered):
        silent = (after - before).days - 1
        if silent >= min_days:
            gaps.append(Gap(before + timedelta(days=1), after - timedelta(days=1), silent))
    return gaps


class Dated(Protocol):
    @property
    def occurred_on(self) -> date: ...

    @property
    def occurred_until(self) -> date | None: ...


def active_days(entries: Iterable[Dated]) -> Iterator[date]:
    for entry in entries:
        yield entry.occurred_on
        if entry.occurred_until is not None:
            yield entry.occurred_until


def interleave(entries: Sequence[Any], gaps: Sequence[Gap]) -> list[tuple[str, Any]]:
    """Rows for a chronological table: ("entry", entry) and ("gap", gap), each gap just before the first entry
    dated after it starts, and any gap after the last entry at the end."""
    rows: list[tuple[str, Any]] = []
    pending = sorted(gaps, key=lambda g: g.start)
    for entry in entries:
        while pending and pending[0].start <= entry.occurred_on:
            rows.append(("gap", pending.pop(0)))
        rows.append(("entry", entry))
    rows.extend(("gap", gap) for gap in pending)
    return rows
