"""Horizontal positions: the row order kept, symbols never closer than the minimum spacing, sibships centred under
their parents and parents centred over their children as far as the spacing allows.

Each row is solved exactly as a weighted least-squares problem under the ordering constraints: with o_i the sum
of the minimum gaps before the i-th person, q_i = x_i - o_i must not decrease, and the best non-decreasing q for
the wanted positions is the isotonic regression, found by the pool-adjacent-violators algorithm. Passes go down
(children under parents) and up (parents over children) a fixed number of times, ending going down.
"""

from __future__ import annotations

from people.genogram.ordering import Block, Primary

PASSES = 3
LOOSE = 0.05  # the weight of "stay where you are" against "be where the family wants you" (1)


def isotonic(targets: list[float], weights: list[float]) -> list[float]:
    """The non-decreasing sequence nearest to `targets` in weighted least squares (pool adjacent violators)."""
    pools: list[list[float]] = []  # [mean, weight, count]
    for target, weight in zip(targets, weights, strict=True):
        pools.append([target, weight, 1])
        while len(pools) > 1 and pools[-2][0] > pools[-1][0]:
            mean2, weight2, count2 = pools.pop()
            mean1, weight1, count1 = pools.pop()
            total = weight1 + weight2
            pools.append([(mean1 * weight1 + mean2 * weight2) / total, total, count1 + count2])
    result: list[float] = []
    for mean, _, count in pools:
        result.extend([mean] * int(count))
    return result


def fit_row(
    people: list[str], gaps: list[float], wanted: dict[str, float], current: dict[str, float]
) -> list[float]:
    offsets = [0.0] * len(people)
    for index in range(1, len(people)):
        offsets[index] = offsets[index - 1] + gaps[index - 1]
    targets = [(wanted.get(p, current[p])) - o for p, o in zip(people, offsets, strict=True)]
    weights = [1.0 if p in wanted else LOOSE for p in people]
    return [q + o for q, o in zip(isotonic(targets, weights), offsets, strict=True)]


class Placer:
    def __init__(self, rows: list[list[Block]], primary: Primary, spacing: float, block_gap: float) -> None:
        self.spacing = spacing
        self.primary = primary
        self.people = [[pid for block in row for pid in block] for row in rows]
        self.gaps: list[list[float]] = []
        for row in rows:
            gaps = []
            for index, block in enumerate(row):
                gaps.extend([spacing] * (len(block) - 1))
                if index < len(row) - 1:
                    gaps.append(spacing + block_gap)
            self.gaps.append(gaps)
        self.x: dict[str, float] = {}
        for people, gaps in zip(self.people, self.gaps, strict=True):
            at = 0.0
            for index, pid in enumerate(people):
                self.x[pid] = at
                at += gaps[index] if index < len(gaps) else 0.0
        self.sibships: dict[tuple[str, ...], list[str]] = {}
        for child, (parents, _) in sorted(primary.items()):
            self.sibships.setdefault(parents, []).append(child)

    def _under_parents(self, r: int) -> dict[str, float]:
        """Each sibship in row r spread evenly under the middle of its parents."""
        wanted: dict[str, float] = {}
        row = self.people[r]
        slot = {pid: i for i, pid in enumerate(row)}
        for parents, children in self.sibships.items():
            here = sorted((c for c in children if c in slot), key=slot.__getitem__)
            if not here:
                continue
            centre = sum(self.x[p] for p in parents) / len(parents)
            for index, child in enumerate(here):
                wanted[child] = centre + (index - (len(here) - 1) / 2) * self.spacing
        return wanted

    def _over_children(self, r: int) -> dict[str, float]:
        """Each parent over the middle of their children (a couple either side of it)."""
        targets: dict[str, list[float]] = {}
        row = set(self.people[r])
        for parents, children in self.sibships.items():
            here = [p for p in parents if p in row]
            if not here:
                continue
            centre = sum(self.x[c] for c in children) / len(children)
            if len(parents) == 2 and len(here) == 2:
                left, right = sorted(parents, key=self.x.__getitem__)
                targets.setdefault(left, []).append(centre - self.spacing / 2)
                targets.setdefault(right, []).append(centre + self.spacing / 2)
            else:
                for parent in here:
                    targets.setdefault(parent, []).append(centre)
        return {p: sum(v) / len(v) for p, v in targets.items()}

    def _fit(self, r: int, wanted: dict[str, float]) -> None:
        people = self.people[r]
        for pid, x in zip(people, fit_row(people, self.gaps[r], wanted, self.x), strict=True):
            self.x[pid] = x

    def place(self) -> dict[str, float]:
        rows = len(self.people)
        for _ in range(PASSES):
            for r in range(rows):
                self._fit(r, self._under_parents(r))
            for r in range(rows - 1, -1, -1):
                self._fit(r, self._over_children(r))
        for r in range(rows):
            self._fit(r, self._under_parents(r))
        return dict(self.x)
