"""Small builders for the duty rule tests: a child's facts by hand, dates as text, duties picked out by rule."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from duties.duty import Duty
from duties.facts import ChildFacts, Dated, HealthFact, Ref, VisitFact


def d(text: str) -> date:
    """A date written as 2026-05-22."""
    return date.fromisoformat(text)


def ref(kind: str, day: date) -> Ref:
    return Ref(kind, f"{kind}-{day.isoformat()}")


def dated(kind: str, *days: str) -> tuple[Dated, ...]:
    return tuple(Dated(ref(kind, d(day)), d(day)) for day in days)


def seen(*days: str | date) -> tuple[VisitFact, ...]:
    out = []
    for day in days:
        on = d(day) if isinstance(day, str) else day
        out.append(VisitFact(ref("visit", on), on))
    return tuple(out)


def health(kind: str, *days: str) -> tuple[HealthFact, ...]:
    return tuple(HealthFact(ref(kind, d(day)), kind, d(day)) for day in days)


def child(date_of_birth: str | None = "2015-06-01", **fields: Any) -> ChildFacts:
    return ChildFacts("child-1", d(date_of_birth) if date_of_birth else None, **fields)


def only(duties: Iterable[Duty], *rules: str) -> list[Duty]:
    return [duty for duty in duties if duty.rule in rules]


def dues(duties: Iterable[Duty]) -> list[tuple[str, date, str]]:
    """(rule, due on, status) of each duty: the three things a social worker reads first."""
    return [(duty.rule, duty.due_on, duty.status.name) for duty in duties]
