"""Reads of duties for the pages. Every function takes the user and children the access rule has cleared for
them (the child's page guard, the caseload, the manager's team); the rules themselves are in duties/rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from casework.continuity import months_before
from duties.compute import RULE_BY_CODE, duties_by_child
from duties.duty import Duty, Status

UPCOMING_DAYS = 30
WEEK_DAYS = 7
COUNTED = frozenset({Status.ON_TIME, Status.LATE, Status.OVERDUE, Status.MISSED})


@dataclass(frozen=True)
class DutyRow:
    duty: Duty
    name: str
    actor: str
    source: str

    @property
    def overdue(self) -> bool:
        return self.duty.status == Status.OVERDUE


def _rows(duties: Iterable[Duty]) -> list[DutyRow]:
    rows = []
    for duty in duties:
        rule = RULE_BY_CODE[duty.rule]
        rows.append(DutyRow(duty, rule.name, rule.actor, rule.source))
    return rows


def duties_of_child(*, user: Any, child: Any, as_of: date) -> list[DutyRow]:
    """The child's whole duty history up to `as_of` and what comes next, newest due date first."""
    found = duties_by_child(as_of=as_of, child_ids=[child.pk]).get(str(child.pk), [])
    return _rows(sorted(found, key=lambda d: (d.due_on, d.rule), reverse=True))


@dataclass(frozen=True)
class ChildDuties:
    overdue: list[DutyRow]
    upcoming: list[DutyRow]


def _summary(duties: Iterable[Duty], as_of: date, days: int) -> ChildDuties:
    listed = list(duties)
    overdue = [d for d in listed if d.status == Status.OVERDUE]
    upcoming = [d for d in listed if d.status == Status.DUE and d.due_on <= as_of + timedelta(days=days)]
    key = lambda d: (d.due_on, d.rule)  # noqa: E731
    return ChildDuties(_rows(sorted(overdue, key=key)), _rows(sorted(upcoming, key=key)))


def child_duty_summary(*, user: Any, child: Any, as_of: date, days: int = UPCOMING_DAYS) -> ChildDuties:
    """What the child's page shows: duties overdue, and those due in the next `days` days."""
    found = duties_by_child(as_of=as_of, child_ids=[child.pk]).get(str(child.pk), [])
    return _summary(found, as_of, days)


def caseload_duties(*, user: Any, children: Iterable[Any], as_of: date) -> dict[str, ChildDuties]:
    """For "My children": each child's overdue duties and those due this week."""
    ids = [c.pk for c in children]
    found = duties_by_child(as_of=as_of, child_ids=ids) if ids else {}
    return {str(pk): _summary(found.get(str(pk), []), as_of, WEEK_DAYS) for pk in ids}


@dataclass(frozen=True)
class Timeliness:
    rule: str
    name: str
    counted: int
    on_time: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.on_time / self.counted, 1) if self.counted else None


@dataclass(frozen=True)
class TeamDuties:
    overdue: list[tuple[Any, DutyRow]]  # (child, duty)
    timeliness: list[Timeliness]


def team_duties(*, user: Any, children: Iterable[Any], as_of: date) -> TeamDuties:
    """A manager's team: every overdue duty with its child, and per rule the share of duties falling due in the
    last 12 months that were done on time."""
    by_pk = {str(c.pk): c for c in children}
    found = duties_by_child(as_of=as_of, child_ids=list(by_pk)) if by_pk else {}
    since = months_before(as_of, 12)
    counted: Counter[str] = Counter()
    on_time: Counter[str] = Counter()
    overdue: list[tuple[Any, DutyRow]] = []
    for child_id, duties in found.items():
        for duty in duties:
            if since < duty.due_on <= as_of and duty.status in COUNTED:
                counted[duty.rule] += 1
                on_time[duty.rule] += duty.status == Status.ON_TIME
        overdue += [(by_pk[child_id], row) for row in _rows(d for d in duties if d.status == Status.OVERDUE)]
    overdue.sort(key=lambda pair: (pair[1].duty.due_on, pair[1].duty.rule))
    timeliness = [
        Timeliness(code, RULE_BY_CODE[code].name, counted[code], on_time[code])
        for code in sorted(counted, key=lambda c: list(RULE_BY_CODE).index(c))
    ]
    return TeamDuties(overdue, timeliness)
