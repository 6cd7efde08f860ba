"""The order of people within each row: couples together, sibships together in birth order, few crossings.

- A block is a chain of partners in one row, kept side by side: a person with two partners stands between them
  (with three or more, the partners alternate either side).
- A sibship is the children of the same one or two parents. Its blocks stay together, ordered by the birth date of
  the child who belongs to the sibship (unknown dates last), so that children hang in birth order.
- Crossings are reduced by the barycentre heuristic of Sugiyama, Tagawa and Toda (1981): sweeping down, each
  sibship moves to the mean position of its parents; sweeping up, each sibship moves to the mean position of its
  members' children. Positions are normalised to 0-1 within each row so that rows of different lengths compare.
  Each block is also turned around when that brings its members nearer their parents (or children); a couple
  with nothing to choose between them is drawn man on the left, woman on the right, as McGoldrick draws them.
  The sweeps repeat a fixed number of times and the ordering with the fewest parent-child crossings between
  adjacent rows wins (the earliest, on a tie), so the result is deterministic.
"""

from __future__ import annotations

from collections.abc import Callable

from people.genogram.model import ParentKind, Sex
from people.genogram.prepare import Key, Prepared

Block = tuple[str, ...]
Primary = dict[str, tuple[tuple[str, ...], ParentKind]]
GroupId = tuple[str, ...]
SWEEPS = 3


def linearise(members: list[str], partners: dict[str, list[str]], key: Callable[[str], Key]) -> Block:
    """One row's chain of partners, in drawing order."""
    degree = {m: len(partners[m]) for m in members}
    edges = sum(degree.values()) // 2
    if all(d <= 2 for d in degree.values()) and edges == len(members) - 1:
        current = min((m for m in members if degree[m] <= 1), key=key)
        chain = [current]
        while len(chain) < len(members):
            current = next(p for p in partners[current] if p not in chain)
            chain.append(current)
        return tuple(chain)
    hub = min(members, key=lambda m: (-degree[m], key(m)))
    chain = [hub]
    for index, partner in enumerate(partners[hub]):
        if index % 2:
            chain.insert(0, partner)
        else:
            chain.append(partner)
    while len(chain) < len(members):
        for placed in list(chain):
            for partner in partners[placed]:
                if partner in chain:
                    continue
                if chain.index(placed) < len(chain) / 2:
                    chain.insert(0, partner)
                else:
                    chain.append(partner)
    return tuple(chain)


def build_blocks(prep: Prepared, rows: dict[str, int], couples: list[tuple[str, str]]) -> list[list[Block]]:
    partners: dict[str, list[str]] = {pid: [] for pid in prep.persons}
    for a, b in couples:
        if rows[a] == rows[b] and b not in partners[a]:
            partners[a].append(b)
            partners[b].append(a)
    for pid in partners:
        partners[pid].sort(key=prep.key)
    seen: set[str] = set()
    by_row: list[list[Block]] = [[] for _ in range(max(rows.values(), default=-1) + 1)]
    for pid in prep.persons:
        if pid in seen:
            continue
        component = [pid]
        seen.add(pid)
        for member in component:
            for partner in partners[member]:
                if partner not in seen:
                    seen.add(partner)
                    component.append(partner)
        by_row[rows[pid]].append(linearise(sorted(component, key=prep.key), partners, prep.key))
    return by_row


class Orderer:
    def __init__(self, prep: Prepared, blocks: list[list[Block]], primary: Primary) -> None:
        self.prep = prep
        self.rows = [list(row) for row in blocks]
        self.primary = primary
        self.children: dict[str, list[str]] = {pid: [] for pid in prep.persons}
        for child, (parents, _) in primary.items():
            for parent in parents:
                self.children[parent].append(child)
        self.row_of = {pid: r for r, row in enumerate(blocks) for block in row for pid in block}
        self.group: dict[Block, GroupId] = {}
        self.birth: dict[Block, Key] = {}
        for row in blocks:
            self._groups(row)

    def _groups(self, row: list[Block]) -> None:
        """Each block's sibship (its anchor child's parents), or, with no parents recorded, the sibship of a
        recorded brother or sister in the row, or a group of brothers and sisters none of whose parents are
        recorded, or the block alone."""
        key = self.prep.key
        in_row = {pid: block for block in row for pid in block}
        loose: dict[str, str] = {}
        for block in row:
            anchors = sorted((m for m in block if m in self.primary), key=key)
            if anchors:
                self.group[block] = ("S", *self.primary[anchors[0]][0])
                self.birth[block] = key(anchors[0])
            else:
                for m in block:
                    loose[m] = m
        for sibling in self.prep.siblings:
            a, b = sibling.a, sibling.b
            if a not in in_row or b not in in_row or in_row[a] == in_row[b]:
                continue
            for loner, other in ((a, b), (b, a)):
                if in_row[loner] not in self.group and in_row[other] in self.group:
                    self.group[in_row[loner]] = self.group[in_row[other]]
                    self.birth[in_row[loner]] = key(loner)
            if a in loose and b in loose:
                root_a, root_b = self._root(loose, a), self._root(loose, b)
                low, high = sorted((root_a, root_b), key=key)
                loose[high] = low
        for block in row:
            if block not in self.group:
                root = self._root(loose, block[0])
                self.group[block] = ("C", root)
                self.birth[block] = min(key(m) for m in block)

    @staticmethod
    def _root(loose: dict[str, str], pid: str) -> str:
        while loose[pid] != pid:
            pid = loose[pid]
        return pid

    # -- positions -----------------------------------------------------------------------------------------
    def positions(self) -> dict[str, float]:
        pos: dict[str, float] = {}
        for row in self.rows:
            people = [pid for block in row for pid in block]
            for slot, pid in enumerate(people):
                pos[pid] = (slot + 0.5) / len(people)
        return pos

    def _parents_at(self, pid: str, pos: dict[str, float]) -> float | None:
        if pid not in self.primary:
            return None
        parents = self.primary[pid][0]
        return sum(pos[p] for p in parents) / len(parents)

    def _children_at(self, pid: str, pos: dict[str, float]) -> float | None:
        kids = self.children[pid]
        return sum(pos[c] for c in kids) / len(kids) if kids else None

    def sweep(self, down: bool) -> None:
        rows = range(len(self.rows)) if down else range(len(self.rows) - 1, -1, -1)
        for r in rows:
            pos = self.positions()
            desire = self._parents_at if down else self._children_at
            row = self.rows[r]
            block_at: dict[Block, float] = {}
            for block in row:
                wanted = [d for d in (desire(m, pos) for m in block) if d is not None]
                own = sum(pos[m] for m in block) / len(block)
                if down and self.group[block][0] == "S":
                    parents = self.group[block][1:]
                    block_at[block] = sum(pos[p] for p in parents) / len(parents)
                else:
                    block_at[block] = sum(wanted) / len(wanted) if wanted else own
            group_at: dict[GroupId, list[float]] = {}
            for block in row:
                group_at.setdefault(self.group[block], []).append(block_at[block])
            mean = {g: sum(v) / len(v) for g, v in group_at.items()}
            row.sort(key=lambda b: (mean[self.group[b]], self.group[b], self._edge(b), self.birth[b], b))
            self.rows[r] = [self._turn(block, desire) for block in row]
            for index, block in enumerate(self.rows[r]):
                if block != row[index]:
                    self._rename(row[index], block)

    def _edge(self, block: Block) -> int:
        """Where a block goes within its sibship: a brother or sister whose partner has a family of their own
        goes at the end nearest that partner (first when the partner is on their left, last when on their right),
        so both families' children stay together; everyone else in birth order between."""
        parents = self.group[block][1:] if self.group[block][0] == "S" else ()
        anchor = next((m for m in block if m in self.primary and self.primary[m][0] == parents), None)
        if anchor is None or len(block) < 2:
            return 1
        outward = [m for m in block if m != anchor and m in self.primary]
        if not outward:
            return 1
        return 2 if block.index(anchor) < block.index(outward[0]) else 0

    def _rename(self, old: Block, new: Block) -> None:
        self.group[new] = self.group.pop(old)
        self.birth[new] = self.birth.pop(old)

    def _turn(self, block: Block, desire: Callable[[str, dict[str, float]], float | None]) -> Block:
        if len(block) < 2:
            return block
        pos = self.positions()
        slots = sorted(pos[m] for m in block)
        costs = []
        for candidate in (block, block[::-1]):
            cost = 0.0
            for m, at in zip(candidate, slots, strict=True):
                wanted = desire(m, pos)
                if wanted is not None:
                    cost += abs(at - wanted)
            costs.append(cost)
        if abs(costs[0] - costs[1]) > 1e-9:
            return block if costs[0] < costs[1] else block[::-1]
        persons = self.prep.persons
        if len(block) == 2 and persons[block[1]].sex == Sex.MALE and persons[block[0]].sex != Sex.MALE:
            return block[::-1]
        return block

    def crossings(self) -> int:
        pos = {pid: slot for row in self.rows for slot, pid in enumerate(p for b in row for p in b)}
        total = 0
        for r in range(len(self.rows) - 1):
            edges = [
                (pos[parent], pos[child])
                for child, (parents, _) in self.primary.items()
                if self.row_of[child] == r + 1
                for parent in parents
                if self.row_of[parent] == r
            ]
            for i, (u1, v1) in enumerate(edges):
                for u2, v2 in edges[i + 1 :]:
                    if (u1 - u2) * (v1 - v2) < 0:
                        total += 1
        return total


def order_rows(prep: Prepared, blocks: list[list[Block]], primary: Primary) -> list[list[Block]]:
    """Each row's blocks, left to right."""
    orderer = Orderer(prep, blocks, primary)
    for row in orderer.rows:
        row.sort(key=lambda b: (orderer.birth[b], b))
    orderer.sweep(down=True)
    best = ([list(row) for row in orderer.rows], orderer.crossings())
    for _ in range(SWEEPS):
        for down in (False, True):
            orderer.sweep(down=down)
            found = orderer.crossings()
            if found < best[1]:
                best = ([list(row) for row in orderer.rows], found)
    return best[0]
