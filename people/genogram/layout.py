"""The genogram layout: a family in, positioned symbols and lines out. Pure Python: no Django, no database.

Drawn after McGoldrick, Gerson and Petry, "Genograms: Assessment and Treatment": generations in rows, oldest at
the top; partners side by side, joined by a line below their symbols; children hanging from their parents' line in
birth order, eldest on the left; half-siblings from the line of the couple they were born to; a full brother or
sister with no parent recorded from the line of their sibling's parents (full siblings share both, so this is
derived, not guessed); households encircled; relationship lines between the people they join.

The steps, each in its own module:
1. prepare.py: the input cleaned and put in one canonical order (the same family always gives the same drawing),
   and the one or two parents each child hangs from;
2. generations.py: rows from the parent links, cycles broken deterministically and reported in `warnings`;
3. ordering.py: the order within rows (couples together, sibships in birth order, barycentre sweeps against
   crossings);
4. placement.py: x positions (minimum spacing kept, families centred on each other);
5. here: the lines' geometry.

Invariants (tested with hypothesis on random families of up to 60 people, people/tests/test_genogram_layout.py):
no two symbols overlap; every child is strictly below each parent whose link is drawn; everyone appears once; the
same input gives the same output.
"""

from __future__ import annotations

import math

from people.genogram.generations import assign_rows, break_cycles
from people.genogram.model import (
    Box,
    ChildDrop,
    ExtraParentLine,
    FamilyIn,
    HouseholdOutline,
    Layout,
    ParentKind,
    ParentLink,
    Point,
    SiblingBar,
    Sibship,
    Symbol,
    TieLine,
    UnionLine,
    UnionStatus,
)
from people.genogram.ordering import Block, Primary, build_blocks, order_rows
from people.genogram.placement import Placer
from people.genogram.prepare import Prepared, full_sibling_parents, prepare, primary_parents

SIZE = 40.0  # a symbol's width and height
SPACING = 120.0  # the least distance between the centres of two symbols in a row (room for a name below)
BLOCK_GAP = 20.0  # added between people who are not partners
ROW_HEIGHT = 170.0  # symbol, partnership lines, two lines of label, the children's bar of the next row
MARGIN = 24.0
LABEL_HALF_WIDTH = 56.0  # half the width a label may take (names are shortened to fit)
TOP = 36.0  # room above the first row for a bar between siblings
BENDS = (0.0, 40.0, -40.0, 80.0, -80.0, 130.0, -130.0, 200.0, -200.0)  # a relationship line's bends, in order


def layout_family(family: FamilyIn) -> Layout:
    prep = prepare(family)
    kept, dropped = break_cycles(prep)
    primary = primary_parents(prep, kept)
    derived = full_sibling_parents(prep, kept, primary)
    rows = assign_rows(prep, primary, kept + derived)
    couples = list(prep.unions)
    implied = sorted(
        {ps for ps, _ in primary.values() if len(ps) == 2 and ps not in prep.unions},
        key=lambda ps: (prep.key(ps[0]), prep.key(ps[1])),
    )
    blocks = order_rows(prep, build_blocks(prep, rows, couples + implied), primary)
    xs = Placer(blocks, primary, SPACING, BLOCK_GAP).place()
    shift = MARGIN + LABEL_HALF_WIDTH - min(xs.values(), default=0.0)
    symbols = {
        pid: Symbol(person, xs[pid] + shift, TOP + rows[pid] * ROW_HEIGHT + SIZE / 2, SIZE, rows[pid])
        for pid, person in prep.persons.items()
    }
    slots = {pid: (r, i) for r, row in enumerate(blocks) for i, pid in enumerate(p for b in row for p in b)}
    geometry = _Geometry(prep, symbols, slots, blocks, primary)
    unions = geometry.unions(implied)
    width = max((s.x for s in symbols.values()), default=0.0) + LABEL_HALF_WIDTH + MARGIN
    height = TOP + max(len(blocks), 1) * ROW_HEIGHT
    return Layout(
        symbols=tuple(symbols.values()),
        unions=tuple(unions.values()),
        sibships=geometry.sibships(unions),
        sibling_bars=geometry.sibling_bars(),
        extra_parents=geometry.extra_parents(kept),
        ties=geometry.ties(),
        households=geometry.households(),
        width=max(width, 2 * (LABEL_HALF_WIDTH + MARGIN)),
        height=height,
        rows=len(blocks),
        warnings=tuple(prep.warnings),
        dropped_parent_links=tuple(dropped),
    )


def row_top(row: int) -> float:
    return TOP + row * ROW_HEIGHT


class _Geometry:
    def __init__(
        self,
        prep: Prepared,
        symbols: dict[str, Symbol],
        slots: dict[str, tuple[int, int]],
        blocks: list[list[Block]],
        primary: Primary,
    ) -> None:
        self.prep = prep
        self.symbols = symbols
        self.slots = slots
        self.blocks = blocks
        self.primary = primary

    def unions(self, implied: list[tuple[str, str]]) -> dict[tuple[str, str], UnionLine]:
        lines: dict[tuple[str, str], UnionLine] = {}
        pairs = [(pair, status) for pair, status in self.prep.unions.items()]
        pairs += [(pair, UnionStatus.IMPLIED) for pair in implied]
        for (a, b), status in pairs:
            sa, sb = self.symbols[a], self.symbols[b]
            if sa.row == sb.row:
                left, right = sorted((sa, sb), key=lambda s: s.x)
                span = abs(self.slots[a][1] - self.slots[b][1])
                y = sa.bottom + 9 + 7 * (min(span, 4) - 1)
                points: tuple[Point, ...] = (
                    (left.x, left.bottom),
                    (left.x, y),
                    (right.x, y),
                    (right.x, right.bottom),
                )
                mid = ((left.x + right.x) / 2, y)
            else:
                upper, lower = sorted((sa, sb), key=lambda s: s.y)
                points = ((upper.x, upper.bottom), (lower.x, lower.top))
                mid = ((upper.x + lower.x) / 2, (upper.bottom + lower.top) / 2)
            lines[(a, b)] = UnionLine(a, b, status, points, mid)
        return lines

    def sibships(self, unions: dict[tuple[str, str], UnionLine]) -> tuple[Sibship, ...]:
        groups: dict[tuple[tuple[str, ...], int], list[str]] = {}
        for child, (parents, _) in self.primary.items():
            groups.setdefault((parents, self.symbols[child].row), []).append(child)
        found: list[Sibship] = []
        per_row: dict[int, int] = {}
        ordered = sorted(
            groups.items(), key=lambda item: (item[0][1], min(self.symbols[c].x for c in item[1]))
        )
        for (parents, row), children in ordered:
            if len(parents) == 2:
                origin = unions[(parents[0], parents[1])].mid
            else:
                parent = self.symbols[parents[0]]
                origin = (parent.x, parent.bottom)
            index = per_row.get(row, 0)
            per_row[row] = index + 1
            children.sort(key=self.prep.key)
            drops = tuple(
                ChildDrop(c, self.primary[c][1], self.symbols[c].x, self.symbols[c].top) for c in children
            )
            found.append(Sibship(parents, origin, row_top(row) - 16 - 5 * (index % 3), drops))
        return tuple(found)

    def sibling_bars(self) -> tuple[SiblingBar, ...]:
        """Brothers and sisters in one row who share no recorded parent, joined by a bar above them."""
        root: dict[str, str] = {}

        def find(pid: str) -> str:
            while root.setdefault(pid, pid) != pid:
                pid = root[pid]
            return pid

        for sibling in self.prep.siblings:
            a, b = sibling.a, sibling.b
            shared = set(self.primary.get(a, ((), None))[0]) & set(self.primary.get(b, ((), None))[0])
            if self.symbols[a].row == self.symbols[b].row and not shared:
                ra, rb = find(a), find(b)
                if ra != rb:
                    low, high = sorted((ra, rb), key=self.prep.key)
                    root[high] = low
        members: dict[str, list[str]] = {}
        for pid in sorted(root, key=self.prep.key):
            members.setdefault(find(pid), []).append(pid)
        bars = []
        per_row: dict[int, int] = {}
        groups = [sorted(group, key=lambda pid: self.symbols[pid].x) for group in members.values()]
        for group in sorted(groups, key=lambda g: (self.symbols[g[0]].row, self.symbols[g[0]].x)):
            first = self.symbols[group[0]]
            index = per_row.get(first.row, 0)
            per_row[first.row] = index + 1
            y = first.top - 7 - 4 * (index % 3)  # staggered, so that two bars in one row stay apart
            bars.append(SiblingBar(tuple(group), tuple(self.symbols[p].x for p in group), y, first.top))
        return tuple(bars)

    def extra_parents(self, kept: list[ParentLink]) -> tuple[ExtraParentLine, ...]:
        """Parent links no sibship draws: a third parent, or a step-parent who is not the partner of a parent
        (a step-parent who is, is shown by that partnership, as McGoldrick draws it)."""
        lines = []
        for link in kept:
            parents = self.primary[link.child][0]
            if link.parent in parents:
                continue
            partner_of_parent = any(self.prep.pair(link.parent, p) in self.prep.unions for p in parents)
            if link.kind == ParentKind.STEP and partner_of_parent:
                continue
            parent, child = self.symbols[link.parent], self.symbols[link.child]
            lines.append(
                ExtraParentLine(
                    link.parent, link.child, link.kind, (parent.x, parent.bottom), (child.x, child.top)
                )
            )
        return tuple(lines)

    def ties(self) -> tuple[TieLine, ...]:
        """Straight when nothing is in the way; otherwise bent, up or down, by the least of a few amounts that
        keeps the line clear of every other symbol (or, failing that, the clearest). A second line between the
        same two people bends further."""
        lines = []
        count: dict[tuple[str, str], int] = {}
        for tie in self.prep.ties:
            sa, sb = self.symbols[tie.a], self.symbols[tie.b]
            index = count.get((tie.a, tie.b), 0)
            count[(tie.a, tie.b)] = index + 1
            dx, dy = sb.x - sa.x, sb.y - sa.y
            length = math.hypot(dx, dy) or 1.0
            ux, uy = dx / length, dy / length
            inset = SIZE / 2 + 4
            start = (sa.x + ux * inset, sa.y + uy * inset)
            end = (sb.x - ux * inset, sb.y - uy * inset)
            mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
            nx, ny = -uy, ux
            if ny > 0 or (ny == 0 and nx > 0):
                nx, ny = -nx, -ny  # a positive bend goes up
            others = [(s.x, s.y) for s in self.symbols.values() if s.id not in (tie.a, tie.b)]
            best: tuple[float, float] | None = None
            for bend in BENDS:
                bend += 28.0 * index * (1 if bend >= 0 else -1)
                control = (mid[0] + nx * bend, mid[1] + ny * bend)
                clearance = _clearance(others, start, control, end)
                if clearance >= SIZE * 0.8:
                    best = (clearance, bend)
                    break
                if best is None or clearance > best[0]:
                    best = (clearance, bend)
            bend = best[1] if best else 0.0
            control = (mid[0] + nx * bend, mid[1] + ny * bend)
            lines.append(TieLine(tie.a, tie.b, tie.quality, start, control, end))
        return tuple(lines)

    def households(self) -> tuple[HouseholdOutline, ...]:
        outlines = []
        placed = sorted(self.prep.households, key=lambda h: min((self.slots[p] for p in h), default=(0, 0)))
        for number, household in enumerate(placed, start=1):
            by_row: dict[int, list[str]] = {}
            for pid in household:
                by_row.setdefault(self.slots[pid][0], []).append(pid)
            boxes = []
            for row, people in sorted(by_row.items()):
                people.sort(key=lambda pid: self.slots[pid][1])
                run = [people[0]]
                for pid in [*people[1:], ""]:
                    if pid and self.slots[pid][1] == self.slots[run[-1]][1] + 1:
                        run.append(pid)
                        continue
                    left, right = self.symbols[run[0]].x, self.symbols[run[-1]].x
                    top = row_top(row) - 8
                    boxes.append(
                        Box(left - LABEL_HALF_WIDTH, top, right - left + 2 * LABEL_HALF_WIDTH, SIZE + 82)
                    )
                    if pid:
                        run = [pid]
            outlines.append(HouseholdOutline(number, household, tuple(boxes)))
        return tuple(outlines)


def _clearance(others: list[Point], start: Point, control: Point, end: Point) -> float:
    """The least distance from the quadratic curve start-control-end to the centre of any other symbol."""
    if not others:
        return math.inf
    points = []
    for i in range(17):
        t = i / 16
        u = 1 - t
        points.append(
            (
                u * u * start[0] + 2 * u * t * control[0] + t * t * end[0],
                u * u * start[1] + 2 * u * t * control[1] + t * t * end[1],
            )
        )
    return min(
        _distance_to_segment(centre, points[i], points[i + 1])
        for centre in others
        for i in range(len(points) - 1)
    )


def _distance_to_segment(point: Point, start: Point, end: Point) -> float:
    px, py = point
    (ax, ay), (bx, by) = start, end
    dx, dy = bx - ax, by - ay
    span = dx * dx + dy * dy
    t = 0.0 if span == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / span))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))
