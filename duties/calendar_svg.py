"""The child's duties as a calendar (DESIGN.md, "seeing rather than reading"): the weeks ahead as a grid, each day
that has duties falling due marked with their rule codes, and the overdue ones in a band above. Drawn on the
server as SVG; the page puts the same duties in a table beside it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from html import escape

from duties.duty import Duty, Status

CELL_W, CELL_H, HEAD_H, BAND_H = 96, 56, 22, 30
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def calendar_svg(duties: Iterable[Duty], *, today: date, weeks: int = 6) -> str:
    first = today - timedelta(days=today.weekday())
    last = first + timedelta(days=7 * weeks - 1)
    due: dict[date, list[str]] = defaultdict(list)
    overdue: list[str] = []
    for duty in sorted(duties, key=lambda d: (d.due_on, d.rule)):
        if duty.status == Status.OVERDUE:
            overdue.append(duty.rule)
        elif duty.status == Status.DUE and first <= duty.due_on <= last:
            due[duty.due_on].append(duty.rule)
    width, height = CELL_W * 7, BAND_H + HEAD_H + CELL_H * weeks
    counted = sum(len(v) for v in due.values())
    summary = f"{len(overdue)} overdue; {counted} falling due between {first:%d %B} and {last:%d %B %Y}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="duty-calendar-title duty-calendar-desc" class="lantern-duty-calendar">',
        '<title id="duty-calendar-title">Duties calendar</title>',
        f'<desc id="duty-calendar-desc">{escape(summary)}. The table below lists the same duties.</desc>',
        f'<rect x="0" y="0" width="{width}" height="{BAND_H - 4}" fill="{"#d4351c" if overdue else "#f3f2f1"}"/>',
        f'<text x="8" y="{BAND_H - 11}" font-size="14" fill="{"#ffffff" if overdue else "#0b0c0c"}">'
        f"{escape(_overdue_text(overdue))}</text>",
    ]
    for column, name in enumerate(DAYS):
        parts.append(
            f'<text x="{column * CELL_W + 6}" y="{BAND_H + 15}" font-size="13" font-weight="bold" '
            f'fill="#0b0c0c">{name}</text>'
        )
    for index in range(7 * weeks):
        day = first + timedelta(days=index)
        x, y = (index % 7) * CELL_W, BAND_H + HEAD_H + (index // 7) * CELL_H
        rules = due.get(day, [])
        fill = "#d2e2f1" if rules else ("#ffffff" if day >= today else "#f3f2f1")
        stroke = ' stroke="#0b0c0c" stroke-width="3"' if day == today else ' stroke="#b1b4b6"'
        parts.append(
            f'<rect x="{x + 1}" y="{y + 1}" width="{CELL_W - 2}" height="{CELL_H - 2}" fill="{fill}"{stroke}/>'
        )
        label = f"{day.day} {day:%b}" if day.day == 1 or index == 0 else str(day.day)
        parts.append(f'<text x="{x + 6}" y="{y + 17}" font-size="13" fill="#0b0c0c">{label}</text>')
        if rules:
            shown = ", ".join(rules[:3]) + (f" +{len(rules) - 3}" if len(rules) > 3 else "")
            parts.append(
                f'<text x="{x + 6}" y="{y + 40}" font-size="13" font-weight="bold" fill="#0b0c0c">'
                f"{escape(shown)}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _overdue_text(overdue: list[str]) -> str:
    if not overdue:
        return "Nothing overdue"
    codes = ", ".join(dict.fromkeys(overdue))
    return f"{len(overdue)} overdue: {codes}"
