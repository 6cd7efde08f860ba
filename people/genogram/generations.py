"""Generations: which row each person is drawn in.

1. Parent links form a directed graph. A cycle (someone recorded as their own ancestor) is broken by a depth-first
   search in the canonical order: a link that closes a cycle is not used, and a warning says so.
2. People who belong in one row are put in one group: partners first, then two parents of one child, then brothers
   and sisters, then "same generation" hints (a friend). A pairing that would put someone in the same row as
   their own ancestor is refused, with a warning (someone recorded as the partner of their own child).
3. Rows come from the longest path down the graph of groups (a child at least one row below each parent, a
   grandchild two below a grandparent hint), so every child is strictly below each of its parents. A group with
   nothing above it is then pulled down to just above its highest child, so that a step-parent or an aunt recorded
   without their own parents sits in their generation rather than at the top. A group linked to nobody goes in
   the index person's row.
"""

from __future__ import annotations

import heapq

from people.genogram.model import ParentKind, ParentLink
from people.genogram.prepare import Key, Prepared


def break_cycles(prep: Prepared) -> tuple[list[ParentLink], list[ParentLink]]:
    """The parent links to draw and those left out because they close a cycle (warnings to prep.warnings)."""
    children: dict[str, list[str]] = {pid: [] for pid in prep.persons}
    for link in prep.parents:
        if link.child not in children[link.parent]:
            children[link.parent].append(link.child)
    for pid in children:
        children[pid].sort(key=prep.key)
    state = dict.fromkeys(prep.persons, 0)  # 0 not seen, 1 on the path, 2 done
    cut: set[tuple[str, str]] = set()
    for root in prep.persons:
        if state[root]:
            continue
        state[root] = 1
        stack: list[tuple[str, int]] = [(root, 0)]
        while stack:
            node, index = stack[-1]
            if index >= len(children[node]):
                state[node] = 2
                stack.pop()
                continue
            stack[-1] = (node, index + 1)
            child = children[node][index]
            if state[child] == 1:
                cut.add((node, child))
                prep.warnings.append(
                    f"{prep.label(node)} is recorded as a parent of {prep.label(child)}, who is also recorded as "
                    f"their ancestor: that parent line is not drawn"
                )
            elif state[child] == 0:
                state[child] = 1
                stack.append((child, 0))
    kept = [link for link in prep.parents if (link.parent, link.child) not in cut]
    dropped = [link for link in prep.parents if (link.parent, link.child) in cut]
    return kept, dropped


class _Groups:
    """People who must share a row, with the "at least n rows below" edges between them."""

    def __init__(self, prep: Prepared) -> None:
        self.prep = prep
        self.parent = {pid: pid for pid in prep.persons}
        self.edges: dict[str, list[tuple[str, int]]] = {pid: [] for pid in prep.persons}

    def find(self, pid: str) -> str:
        while self.parent[pid] != pid:
            self.parent[pid] = self.parent[self.parent[pid]]
            pid = self.parent[pid]
        return pid

    def members(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for pid in self.prep.persons:
            groups.setdefault(self.find(pid), []).append(pid)
        return groups

    def reaches(self, source: str, target: str) -> bool:
        """Whether group `target` is below group `source` by some chain of edges."""
        members = self.members()
        seen = {source}
        todo = [source]
        while todo:
            group = todo.pop()
            for pid in members[group]:
                for lower, _ in self.edges[pid]:
                    found = self.find(lower)
                    if found == target:
                        return True
                    if found not in seen:
                        seen.add(found)
                        todo.append(found)
        return False

    def join(self, a: str, b: str) -> bool:
        ga, gb = self.find(a), self.find(b)
        if ga == gb:
            return True
        if self.reaches(ga, gb) or self.reaches(gb, ga):
            return False
        keep, other = sorted((ga, gb), key=self.prep.key)
        self.parent[other] = keep
        return True

    def add_edge(self, upper: str, lower: str, gap: int) -> bool:
        gu, gl = self.find(upper), self.find(lower)
        if gu == gl or self.reaches(gl, gu):
            return False
        self.edges[upper].append((lower, gap))
        return True


def assign_rows(
    prep: Prepared, primary: dict[str, tuple[tuple[str, ...], ParentKind]], kept: list[ParentLink]
) -> dict[str, int]:
    """Rows for everyone, given the parent links kept after breaking cycles. Warnings go to prep.warnings."""
    groups = _Groups(prep)
    for link in kept:
        groups.edges[link.parent].append((link.child, 1))
    label = prep.label
    for a, b in prep.unions:
        if not groups.join(a, b):
            prep.warnings.append(
                f"{label(a)} and {label(b)} are recorded as partners and as ancestor and descendant: "
                f"they are drawn in different rows"
            )
    for parents, _ in sorted(primary.values(), key=lambda item: [prep.key(p) for p in item[0]]):
        if len(parents) == 2:
            groups.join(parents[0], parents[1])  # a conflict here was already reported for the parent links
    for sibling in prep.siblings:
        if not groups.join(sibling.a, sibling.b):
            prep.warnings.append(
                f"{label(sibling.a)} and {label(sibling.b)} are recorded as brothers or sisters and as ancestor "
                f"and descendant: they are drawn in different rows"
            )
    for hint in prep.hints:
        placed = (
            groups.join(hint.upper, hint.lower)
            if hint.gap == 0
            else groups.add_edge(hint.upper, hint.lower, hint.gap)
        )
        if not placed:
            prep.warnings.append(
                f"The generations recorded for {label(hint.upper)} and {label(hint.lower)} contradict other "
                f"relationships: drawn by the parent links"
            )
    return _layer(prep, groups)


def _layer(prep: Prepared, groups: _Groups) -> dict[str, int]:
    members = groups.members()
    group_key: dict[str, Key] = {g: prep.key(ms[0]) for g, ms in members.items()}
    out: dict[str, list[tuple[str, int]]] = {g: [] for g in members}
    incoming: dict[str, int] = dict.fromkeys(members, 0)
    for g, ms in members.items():
        for pid in ms:
            for lower, gap in groups.edges[pid]:
                target = groups.find(lower)
                out[g].append((target, gap))
                incoming[target] += 1
    ready = [(group_key[g], g) for g, n in incoming.items() if n == 0]
    heapq.heapify(ready)
    order: list[str] = []
    remaining = dict(incoming)
    while ready:
        _, g = heapq.heappop(ready)
        order.append(g)
        for target, _ in out[g]:
            remaining[target] -= 1
            if remaining[target] == 0:
                heapq.heappush(ready, (group_key[target], target))
    level = dict.fromkeys(members, 0)
    for g in order:
        for target, gap in out[g]:
            level[target] = max(level[target], level[g] + gap)
    isolated = [g for g in members if not out[g] and incoming[g] == 0]
    for g in reversed(order):
        if incoming[g] == 0 and out[g]:
            level[g] = min(level[t] - gap for t, gap in out[g])
    subject = next((pid for pid, p in prep.persons.items() if p.subject), None)
    home = level[groups.find(subject)] if subject is not None else 0
    for g in isolated:
        level[g] = home
    lowest = min(level.values(), default=0)
    return {pid: level[groups.find(pid)] - lowest for pid in prep.persons}
