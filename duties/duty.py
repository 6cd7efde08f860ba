"""A duty: one thing owed to one child by a date, and how it stands on the day asked about."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from duties.facts import ChildFacts, Ref


class Status(StrEnum):
    ON_TIME = "done on time"
    LATE = "done late"
    DUE = "due"
    OVERDUE = "overdue"
    MISSED = (
        "missed"  # never done, and no longer can be: the placement or period of care it belonged to ended
    )


OPEN = frozenset({Status.DUE, Status.OVERDUE})


@dataclass(frozen=True)
class Duty:
    rule: str
    child_id: str
    due_on: date
    status: Status
    about: str
    window_from: date | None = None
    done_on: date | None = None
    satisfied_by: Ref | None = None


@dataclass(frozen=True)
class DutyConfig:
    """Timescales that guidance leaves to the authority (statutory-rules.md R22-R24)."""

    pep_start_working_days: int = 20
    school_terms: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = (
        ((9, 1), (12, 31)),
        ((1, 1), (3, 31)),
        ((4, 1), (7, 31)),
    )


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    source: str
    actor: str
    duties: Callable[[ChildFacts, date, DutyConfig], list[Duty]]
