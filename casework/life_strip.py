"""The life-story strip (DESIGN.md, "seeing rather than reading"): every placement and every allocated social
worker as bands across the years, so that many moves and many workers are seen at one glance (Child R had 7
placements and 10 social workers in two years). A pure layout: spans in, bands with positions out; the template
casework/includes/life_strip.svg draws them, escaping every label."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

WIDTH, LABEL_W, ROW_H, AXIS_H, GAP = 640, 120, 34, 20, 8
MIN_LABEL_PX = 70  # a band narrower than this shows no text (the table beside it gives every name)
SHADES = ("#1d70b8", "#5694ca", "#003078")


@dataclass(frozen=True)
class Spell:
    start: date
    end: date | None  # None: still
    label: str


@dataclass(frozen=True)
class Band:
    x: float
    y: float
    width: float
    label: str
    shown_label: str
    fill: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Strip:
    width: int
    height: int
    rows: list[tuple[str, float]]  # (row name, y of its middle)
    bands: list[Band]
    ticks: list[Tick]
    summary: str
    table: list[tuple[str, list[Spell]]]  # the same spells, for the table beside the drawing


def life_strip(
    *, placements: Sequence[Spell], workers: Sequence[Spell], today: date, since: date | None = None
) -> Strip | None:
    spells = [*placements, *workers]
    if not spells:
        return None
    start = min([s.start for s in spells] + ([since] if since else []))
    span = max((today - start).days, 1)
    scale = (WIDTH - LABEL_W) / span

    def x_of(day: date) -> float:
        return LABEL_W + (min(day, today) - start).days * scale

    bands: list[Band] = []
    rows = []
    for index, (name, row) in enumerate((("Placements", placements), ("Social workers", workers))):
        y = AXIS_H + index * (ROW_H + GAP)
        rows.append((name, y + ROW_H / 2))
        for number, spell in enumerate(sorted(row, key=lambda s: s.start)):
            left, right = x_of(spell.start), x_of(spell.end or today)
            width = max(right - left, 2.0)
            text = spell.label if width >= MIN_LABEL_PX else ""
            if text and len(text) * 6.5 > width - 8:
                text = text[: max(int((width - 8) / 6.5) - 1, 1)] + "…"
            bands.append(Band(left, y, width, spell.label, text, SHADES[number % len(SHADES)]))
    ticks = [
        Tick(x_of(date(year, 1, 1)), str(year))
        for year in range(start.year + 1, today.year + 1)
        if (date(year, 1, 1) - start).days * scale > 24
    ]
    summary = (
        f"{len(placements)} placement{'s' if len(placements) != 1 else ''} and {len(workers)} social "
        f"worker{'s' if len(workers) != 1 else ''} from {start:%d %B %Y} to {today:%d %B %Y}"
    )
    table = [
        ("Placement", sorted(placements, key=lambda s: s.start)),
        ("Social worker", sorted(workers, key=lambda s: s.start)),
    ]
    return Strip(WIDTH, AXIS_H + 2 * ROW_H + GAP + 4, rows, bands, ticks, summary, table)
