"""The layout turned into SVG shapes: path data, marks, labels and a key. Pure Python; svg.py writes the SVG text.

Symbols and lines after McGoldrick, Gerson and Petry, "Genograms: Assessment and Treatment":
- male a square, female a circle, other or not known a diamond; the index person (the child whose genogram it
  is) with a double outline; a person who has died crossed through; a child in care marked with a "C" badge;
- partners joined by a line below their symbols: solid, one slash for a separation (or an ending not described),
  two for a divorce; dotted when two people are parents of a child but no partnership between them is recorded;
- children hanging from their parents' line, eldest on the left; an adopted child's line dashed; brothers and
  sisters with no parent recorded in common joined by a dashed bar above them;
- relationship lines: close a double line, distant a dashed line, conflict a zig-zag, abuse a red zig-zag with a
  straight line through it, cut off a line broken by two bars;
- households encircled by a dashed rounded outline, numbered H1, H2...

Colours are GOV.UK's and meet WCAG 2.2 AA on white: ink #0b0c0c (19:1), secondary #505a5f (7:1), red #d4351c
(4.5:1) and blue #1d70b8 (5.2:1, with white text on it). Nothing is shown by colour alone: abuse has its own
pattern too. Every attribute is a presentation attribute; there is no `style`, so the page's Content Security
Policy needs no 'unsafe-inline'.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from people.genogram.model import (
    Layout,
    ParentKind,
    Point,
    Quality,
    Sex,
    Symbol,
    TieLine,
    UnionLine,
    UnionStatus,
)

INK = "#0b0c0c"
SECONDARY = "#505a5f"
RED = "#d4351c"
BLUE = "#1d70b8"
WHITE = "#ffffff"
LABEL_CHARACTERS = 17
LEGEND_COLUMN = 225.0
LEGEND_ROW = 30.0
MIN_WIDTH = 620.0
PAGE_WIDTH = 960.0  # the widest the GOV.UK page column is
THUMBNAIL_WIDTH = 300.0

QUALITY_NAMES = {
    Quality.CLOSE: "Close",
    Quality.DISTANT: "Distant",
    Quality.CONFLICT: "Conflict",
    Quality.ABUSE: "Abuse",
    Quality.CUT_OFF: "Cut off",
}


@dataclass(frozen=True)
class Path:
    d: str
    stroke: str = INK
    width: float = 2.0
    fill: str = "none"
    dash: str = ""


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    size: int = 12
    anchor: str = "middle"
    fill: str = INK
    bold: bool = False
    halo: bool = True


@dataclass(frozen=True)
class Figure:
    """Shapes drawn together, with a tooltip title (hidden from assistive technology with the rest of the image:
    the tables on the page say the same)."""

    title: str
    paths: tuple[Path, ...] = ()
    texts: tuple[Text, ...] = ()
    at: Point = (0.0, 0.0)  # drawn moved by this much (a translate transform)

    @property
    def transform(self) -> str:
        return f"translate({pt(self.at)})" if self.at != (0.0, 0.0) else ""


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    title: str
    description: str
    households: tuple[Figure, ...]
    lines: tuple[Path, ...]
    ties: tuple[Figure, ...]
    people: tuple[Figure, ...]
    legend: tuple[Figure, ...]

    def height_at(self, max_width: float) -> float:
        """The height the image takes when drawn no wider than max_width (it is never scaled up)."""
        return round(self.height * min(1.0, max_width / self.width), 1)

    @property
    def page_height(self) -> float:
        return self.height_at(PAGE_WIDTH)

    @property
    def thumbnail_height(self) -> float:
        return self.height_at(THUMBNAIL_WIDTH)


def n(value: float) -> str:
    """A coordinate as SVG text: one decimal place at most."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def pt(point: Point) -> str:
    return f"{n(point[0])},{n(point[1])}"


def polyline(points: list[Point] | tuple[Point, ...]) -> str:
    return "M" + " L".join(pt(p) for p in points)


# -- symbols --------------------------------------------------------------------------------------------------


def outline(sex: Sex, x: float, y: float, half: float) -> str:
    if sex == Sex.MALE:
        return f"M{n(x - half)},{n(y - half)} H{n(x + half)} V{n(y + half)} H{n(x - half)} Z"
    if sex == Sex.FEMALE:
        return f"M{n(x - half)},{n(y)} A{n(half)},{n(half)} 0 1,0 {n(x + half)},{n(y)} A{n(half)},{n(half)} 0 1,0 {n(x - half)},{n(y)} Z"
    return f"M{n(x)},{n(y - half)} L{n(x + half)},{n(y)} L{n(x)},{n(y + half)} L{n(x - half)},{n(y)} Z"


def cross(sex: Sex, x: float, y: float, half: float) -> str:
    reach = half * (0.72 if sex == Sex.FEMALE else 0.5 if sex == Sex.OTHER else 1.0) + 6
    return f"M{n(x - reach)},{n(y - reach)} L{n(x + reach)},{n(y + reach)} M{n(x + reach)},{n(y - reach)} L{n(x - reach)},{n(y + reach)}"


def short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1].rstrip() + "…"


def person_figure(symbol: Symbol) -> Figure:
    p = symbol.person
    x, y, half = symbol.x, symbol.y, symbol.size / 2
    sex = Sex.OTHER if p.restricted else p.sex
    paths = [Path(outline(sex, x, y, half), fill=WHITE)]
    if p.subject:
        paths.append(Path(outline(sex, x, y, half - 5)))
    texts = [Text(x, symbol.bottom + 44, short(p.label))]
    notes = []
    if p.restricted:
        notes.append("with their own record, which you cannot open")
    else:
        if p.deceased:
            paths.append(Path(cross(sex, x, y, half)))
            notes.append("died")
        if p.in_care:
            paths.append(Path(_circle(x + half, y - half, 8), stroke=WHITE, width=1.5, fill=BLUE))
            texts.append(Text(x + half, y - half + 3.5, "C", size=10, fill=WHITE, bold=True, halo=False))
            notes.append("in care")
        if p.born is not None:
            texts.append(Text(x, symbol.bottom + 58, f"born {p.born.year}", size=11))
            notes.insert(0, f"born {p.born.year}")
    if p.subject:
        notes.insert(0, "the child whose genogram this is")
    title = p.label + (f" ({', '.join(notes)})" if notes else "")
    return Figure(title, tuple(paths), tuple(texts))


def _circle(x: float, y: float, r: float) -> str:
    return (
        f"M{n(x - r)},{n(y)} A{n(r)},{n(r)} 0 1,0 {n(x + r)},{n(y)} A{n(r)},{n(r)} 0 1,0 {n(x - r)},{n(y)} Z"
    )


# -- family lines ---------------------------------------------------------------------------------------------


def union_paths(union: UnionLine) -> list[Path]:
    dash = "2 4" if union.status == UnionStatus.IMPLIED else ""
    paths = [Path(polyline(union.points), dash=dash)]
    slashes = {UnionStatus.SEPARATED: 1, UnionStatus.ENDED: 1, UnionStatus.DIVORCED: 2}.get(union.status, 0)
    if slashes:
        at = union.mid
        if len(union.points) == 4:  # partners in one row: the marks left of where the children's line starts
            at = ((union.points[1][0] + union.mid[0]) / 2, union.mid[1])
        marks = []
        for index in range(slashes):
            offset = (index - (slashes - 1) / 2) * 8
            marks.append(f"M{n(at[0] + offset - 5)},{n(at[1] + 8)} L{n(at[0] + offset + 5)},{n(at[1] - 8)}")
        paths.append(Path(" ".join(marks)))
    return paths


def family_lines(layout: Layout) -> tuple[Path, ...]:
    paths: list[Path] = []
    for union in layout.unions:
        paths.extend(union_paths(union))
    for sibship in layout.sibships:
        ox, oy = sibship.origin
        xs = [ox] + [c.x for c in sibship.children]
        d = [f"M{n(ox)},{n(oy)} V{n(sibship.bar_y)}", f"M{n(min(xs))},{n(sibship.bar_y)} H{n(max(xs))}"]
        adopted: list[str] = []
        for child in sibship.children:
            drop = f"M{n(child.x)},{n(sibship.bar_y)} V{n(child.top)}"
            (adopted if child.kind == ParentKind.ADOPTIVE else d).append(drop)
        paths.append(Path(" ".join(d)))
        if adopted:
            paths.append(Path(" ".join(adopted), dash="6 4"))
    for bar in layout.sibling_bars:
        d = [f"M{n(bar.xs[0])},{n(bar.y)} H{n(bar.xs[-1])}"] + [
            f"M{n(x)},{n(bar.y)} V{n(bar.top)}" for x in bar.xs
        ]
        paths.append(Path(" ".join(d), dash="4 3"))
    for line in layout.extra_parents:
        paths.append(Path(polyline([line.start, line.end]), dash="6 4"))
    return tuple(paths)


# -- relationship lines ---------------------------------------------------------------------------------------


def _at(tie: TieLine, t: float) -> Point:
    (sx, sy), (cx, cy), (ex, ey) = tie.start, tie.control, tie.end
    u = 1 - t
    return (u * u * sx + 2 * u * t * cx + t * t * ex, u * u * sy + 2 * u * t * cy + t * t * ey)


def _normal(tie: TieLine, t: float) -> Point:
    (sx, sy), (cx, cy), (ex, ey) = tie.start, tie.control, tie.end
    dx = 2 * (1 - t) * (cx - sx) + 2 * t * (ex - cx)
    dy = 2 * (1 - t) * (cy - sy) + 2 * t * (ey - cy)
    length = math.hypot(dx, dy) or 1.0
    return (-dy / length, dx / length)


def _curve(tie: TieLine, offset: float = 0.0, t0: float = 0.0, t1: float = 1.0) -> str:
    steps = 16
    points = []
    for i in range(steps + 1):
        t = t0 + (t1 - t0) * i / steps
        (x, y), (nx, ny) = _at(tie, t), _normal(tie, t)
        points.append((x + nx * offset, y + ny * offset))
    return polyline(points)


def _zigzag(tie: TieLine) -> str:
    length = math.dist(tie.start, tie.control) + math.dist(tie.control, tie.end)
    teeth = max(4, int(length / 9))
    points = []
    for i in range(teeth + 1):
        t = i / teeth
        (x, y), (nx, ny) = _at(tie, t), _normal(tie, t)
        side = 0 if i in (0, teeth) else (5 if i % 2 else -5)
        points.append((x + nx * side, y + ny * side))
    return polyline(points)


def tie_paths(tie: TieLine) -> tuple[Path, ...]:
    if tie.quality == Quality.CLOSE:
        return (Path(_curve(tie, 3)), Path(_curve(tie, -3)))
    if tie.quality == Quality.DISTANT:
        return (Path(_curve(tie), dash="8 6"),)
    if tie.quality == Quality.CONFLICT:
        return (Path(_zigzag(tie)),)
    if tie.quality == Quality.ABUSE:
        return (Path(_zigzag(tie), stroke=RED), Path(_curve(tie), stroke=RED, width=1.5))
    bars = []
    for t in (0.4, 0.6):
        (x, y), (nx, ny) = _at(tie, t), _normal(tie, t)
        bars.append(f"M{n(x - nx * 8)},{n(y - ny * 8)} L{n(x + nx * 8)},{n(y + ny * 8)}")
    return (Path(_curve(tie, 0, 0, 0.4) + " " + _curve(tie, 0, 0.6, 1) + " " + " ".join(bars)),)


def tie_figure(tie: TieLine, labels: dict[str, str]) -> Figure:
    title = f"{QUALITY_NAMES[tie.quality]}: {labels[tie.a]} and {labels[tie.b]}"
    return Figure(title, tie_paths(tie))


# -- households and key ---------------------------------------------------------------------------------------


def household_figures(layout: Layout, labels: dict[str, str]) -> tuple[Figure, ...]:
    figures = []
    for household in layout.households:
        paths, texts = [], []
        for box in household.boxes:
            r = 12.0
            x, y, w, h = box.x, box.y, box.width, box.height
            paths.append(
                Path(
                    f"M{n(x + r)},{n(y)} H{n(x + w - r)} A{n(r)},{n(r)} 0 0,1 {n(x + w)},{n(y + r)} "
                    f"V{n(y + h - r)} A{n(r)},{n(r)} 0 0,1 {n(x + w - r)},{n(y + h)} H{n(x + r)} "
                    f"A{n(r)},{n(r)} 0 0,1 {n(x)},{n(y + h - r)} V{n(y + r)} A{n(r)},{n(r)} 0 0,1 {n(x + r)},{n(y)} Z",
                    stroke=SECONDARY,
                    width=1.5,
                    dash="7 5",
                )
            )
            texts.append(Text(x + 6, y + 14, f"H{household.number}", size=11, anchor="start", fill=SECONDARY))
        names = ", ".join(labels[m] for m in household.members)
        figures.append(Figure(f"Household H{household.number}: {names}", tuple(paths), tuple(texts)))
    return tuple(figures)


def _key_entries(layout: Layout) -> list[tuple[str, list[Path], list[Text]]]:
    """(words, shapes drawn in a 40 by 20 box at the origin, texts) for each convention the drawing uses."""
    people = [s.person for s in layout.symbols]
    statuses = {u.status for u in layout.unions}
    qualities = {t.quality for t in layout.ties}
    entries: list[tuple[str, list[Path], list[Text]]] = []
    for sex, words in ((Sex.MALE, "Male"), (Sex.FEMALE, "Female"), (Sex.OTHER, "Other or not known")):
        entries.append((words, [Path(outline(sex, 20, 10, 9), fill=WHITE)], []))
    entries.append(
        (
            "The child",
            [Path(outline(Sex.OTHER, 20, 10, 10), fill=WHITE), Path(outline(Sex.OTHER, 20, 10, 5))],
            [],
        )
    )
    if any(p.in_care for p in people):
        entries.append(
            (
                "In care",
                [Path(_circle(20, 10, 8), stroke=WHITE, width=1.5, fill=BLUE)],
                [Text(20, 13.5, "C", 10, fill=WHITE, bold=True, halo=False)],
            )
        )
    if any(p.deceased for p in people):
        entries.append(
            ("Died", [Path(outline(Sex.MALE, 20, 10, 8), fill=WHITE), Path(cross(Sex.MALE, 20, 10, 4))], [])
        )
    entries.append(("Partners", [Path("M4,2 V12 H36 V2")], []))
    if statuses & {UnionStatus.SEPARATED, UnionStatus.ENDED}:
        entries.append(("Separated", [Path("M4,2 V12 H36 V2 M15,20 L25,4")], []))
    if UnionStatus.DIVORCED in statuses:
        entries.append(("Divorced", [Path("M4,2 V12 H36 V2 M11,20 L21,4 M19,20 L29,4")], []))
    if UnionStatus.IMPLIED in statuses:
        entries.append(("Parents, no partnership recorded", [Path("M4,2 V12 H36 V2", dash="2 4")], []))
    if any(c.kind == ParentKind.ADOPTIVE for s in layout.sibships for c in s.children):
        entries.append(("Adopted", [Path("M20,0 V20", dash="6 4")], []))
    if layout.extra_parents:
        entries.append(("Step-parent or other parent", [Path("M8,0 L32,20", dash="6 4")], []))
    if layout.sibling_bars:
        entries.append(("Siblings, no parent shown", [Path("M8,20 V6 H32 V20", dash="4 3")], []))
    sample = TieLine("", "", Quality.CLOSE, (2, 10), (20, 10), (38, 10))
    for quality in Quality:
        if quality in qualities:
            shaped = TieLine("", "", quality, sample.start, sample.control, sample.end)
            entries.append((QUALITY_NAMES[quality], list(tie_paths(shaped)), []))
    if layout.households:
        entries.append(
            ("Household (H1, H2…)", [Path("M2,1 H38 V19 H2 Z", stroke=SECONDARY, width=1.5, dash="7 5")], [])
        )
    return entries


def legend(layout: Layout, width: float, top: float) -> tuple[tuple[Figure, ...], float]:
    """The key below the drawing, in as many columns as fit; returns the figures and the key's height."""
    columns = max(1, int((width - 24) // LEGEND_COLUMN))
    figures = [Figure("Key", texts=(Text(24, top + 16, "Key", 14, anchor="start", bold=True),))]
    entries = _key_entries(layout)
    for index, (words, paths, texts) in enumerate(entries):
        ox = 24 + (index % columns) * LEGEND_COLUMN
        oy = top + 28 + (index // columns) * LEGEND_ROW
        words_text = Text(48, 14, words, 12, anchor="start", halo=False)
        figures.append(Figure(words, tuple(paths), (*texts, words_text), at=(ox, oy)))
    rows = math.ceil(len(entries) / columns)
    return tuple(figures), 40 + rows * LEGEND_ROW


def draw(layout: Layout, *, title: str, description: str) -> Drawing:
    labels = {s.id: s.person.label for s in layout.symbols}
    width = max(layout.width, MIN_WIDTH)
    key, key_height = legend(layout, width, layout.height)
    return Drawing(
        width=round(width, 1),
        height=round(layout.height + key_height + 12, 1),
        title=title,
        description=description,
        households=household_figures(layout, labels),
        lines=family_lines(layout),
        ties=tuple(tie_figure(t, labels) for t in layout.ties),
        people=tuple(person_figure(s) for s in layout.symbols),
        legend=key,
    )
