"""The child's duties as a calendar (DESIGN.md, "seeing rather than reading"): the weeks ahead as a grid, each day
that has duties falling due marked with their rule codes, and the overdue ones in a band above. A pure layout; the
autoescaping template duties/includes/calendar.svg draws it, and the page puts the same duties in a table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from duties.duty import Duty, Status

CELL_W, CELL_H, HEAD_H, BAND_H = 96, 56, 22, 30
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Cell:
    x: int
    y: int
    label: str
    rules: str
    fill: str
    today: bool


@dataclass(frozen=True)
class Calendar:
    width: int
    height: int
    band: str
    overdue: bool
    summary: str
    headings: list[tuple[int, str]]
    cells: list[Cell]


def duty_calendar(duties: Iterable[Duty], *, today: date, weeks: int = 6) -> Calendar:
    first = today - timedelta(days=today.weekday())
    last = first + timedelta(days=7 * weeks - 1)
    due: dict[date, list[str]] = defaultdict(list)
    overdue: list[str] = []
    for duty in sorted(duties, key=lambda d: (d.due_on, d.rule)):
        if duty.status == Status.OVERDUE:
            overdue.append(duty.rule)
        elif duty.status == Status.DUE and first <= duty.due_on <= last:
            due[duty.due_on].append(duty.rule)
    cells = []
    for index in range(7 * weeks):
        day = first + timedelta(days=index)
        rules = due.get(day, [])
        shown = ", ".join(rules[:3]) + (f" +{len(rules) - 3}" if len(rules) > 3 else "")
        cells.append(
            Cell(
                x=(index % 7) * CELL_W,
                y=BAND_H + HEAD_H + (index // 7) * CELL_H,
                label=f"{day.day} {day:%b}" if day.day == 1 or index == 0 else str(day.day),
                rules=shown,
                fill="#d2e2f1" if rules else ("#ffffff" if day >= today else "#f3f2f1"),
                today=day == today,
            )
        )
    counted = sum(len(v) for v in due.values())
    return Calendar(
        width=CELL_W * 7,
        height=BAND_H + HEAD_H + CELL_H * weeks,
        band=f"{len(overdue)} overdue: {', '.join(dict.fromkeys(overdue))}" if overdue else "Nothing overdue",
        overdue=bool(overdue),
        summary=f"{len(overdue)} overdue; {counted} falling due between {first:%d %B} and {last:%d %B %Y}",
        headings=[(column * CELL_W + 6, name) for column, name in enumerate(DAYS)],
        cells=cells,
    )
