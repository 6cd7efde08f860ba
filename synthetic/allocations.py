"""Who was allocated to each child, and when. Changes of worker come from two sources: workers leaving (their
children are reallocated the next day) and decisions about the child, whose yearly rate is log-normal so that
most children keep a worker for a year or more while a few, like Child R, have ten in two years."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from casework.models import AllocationRole, WorkerChangeReason
from synthetic.families import Family
from synthetic.mint import Mint
from synthetic.spec import AllocationSpec, Authority, UserSpec

CHANGE_REASONS: tuple[tuple[str, float], ...] = (
    (WorkerChangeReason.MANAGE, 20),
    (WorkerChangeReason.ORGRST, 8),
    (WorkerChangeReason.TSPROC, 12),
    (WorkerChangeReason.ABSENC, 8),
    (WorkerChangeReason.CHCHAN, 22),
    (WorkerChangeReason.PCCHAN, 10),
    (WorkerChangeReason.OTHERS, 6),
)
# Median changes a year decided about the child (not counting workers leaving), and the spread (log scale);
# the rate is capped so that the heaviest tail is about Child R's (ten workers in two years).
MAX_RATE = 5.0
# An allocation that ends lasts at least three days: the SSDA903 validator queries a shorter social worker episode
# (rule SW09STG2, lac_validator 2025-26, "appears to have lasted for less than 24 hours"; it counts end minus start).
SHORTEST = timedelta(days=3)
SOCIAL_WORKER_RATE = (0.45, 0.85)
IRO_RATE = (0.12, 0.7)


@dataclass(frozen=True)
class Segment:
    worker: UserSpec
    start: date
    end: date | None
    reason: str

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or self.end >= day)


class Allocator:
    def __init__(self, mint: Mint, out: Authority, *, social_worker: UserSpec, iro: UserSpec) -> None:
        """social_worker and iro are always employed: used only on a day when nobody else is."""
        self.mint = mint
        self.out = out
        self.fallback: dict[str, UserSpec] = {
            AllocationRole.SOCIAL_WORKER: social_worker,
            AllocationRole.IRO: iro,
        }

    def allocate(
        self, family: Family, *, workers: list[UserSpec], everyone: list[UserSpec], iros: list[UserSpec]
    ) -> dict[str, list[Segment]]:
        """One timeline for the sibling group (siblings share their worker and IRO), cut to each child's own
        period of care. Returns the social-worker segments by local ID."""
        start = min(child.looked_after_since for child in family.children)
        social = self._timeline(start, workers, everyone, AllocationRole.SOCIAL_WORKER)
        iro_start = min(start + timedelta(days=self.mint.rng.randint(0, 20)), self.out.as_of)
        iro = self._timeline(iro_start, iros, iros, AllocationRole.IRO)
        by_child: dict[str, list[Segment]] = {}
        for child in family.children:
            own = self._clip(social, child.looked_after_since)
            by_child[child.local_id] = _lasting(own)
            for role, segments in (
                (AllocationRole.SOCIAL_WORKER, own),
                (AllocationRole.IRO, self._clip(iro, child.looked_after_since)),
            ):
                # One id drawn for each segment before the short ones give way, so that the draws after are as
                # they were.
                ids = [self.mint.uuid() for _ in segments]
                for spec_id, segment in zip(ids, _lasting(segments), strict=False):
                    self.out.allocations.append(
                        AllocationSpec(
                            id=spec_id,
                            child=child.person,
                            worker=segment.worker.username,
                            role=role,
                            start_date=segment.start,
                            end_date=segment.end,
                            end_reason=segment.reason,
                        )
                    )
        return by_child

    @staticmethod
    def _clip(segments: list[Segment], start: date) -> list[Segment]:
        kept = [s for s in segments if s.end is None or s.end >= start]
        if kept and kept[0].start < start:
            kept[0] = Segment(kept[0].worker, start, kept[0].end, kept[0].reason)
        return kept

    def _pick(
        self, day: date, pools: tuple[list[UserSpec], list[UserSpec]], previous: UserSpec | None
    ) -> UserSpec | None:
        for candidates in pools:
            on_duty = [w for w in candidates if w.employed_on(day)]
            others = [w for w in on_duty if w is not previous]
            if others or on_duty:
                return self.mint.pick(others or on_duty)
        return None

    def _timeline(
        self, start: date, pool: list[UserSpec], everyone: list[UserSpec], role: str
    ) -> list[Segment]:
        mint, as_of = self.mint, self.out.as_of
        rate = IRO_RATE if role == AllocationRole.IRO else SOCIAL_WORKER_RATE
        days = (as_of - start).days
        per_year = min(MAX_RATE, mint.rng.lognormvariate(math.log(rate[0]), rate[1]))
        planned = (
            sorted(
                {
                    start + timedelta(days=mint.rng.randint(1, days))
                    for _ in range(mint.poisson(per_year * days / 365.25))
                }
            )
            if days > 0
            else []
        )
        segments: list[Segment] = []
        day, previous, queue = start, None, iter(planned)
        change = next(queue, None)
        while True:
            worker = self._pick(day, (pool, everyone), previous) or self.fallback[role]
            planned_end = change - timedelta(days=1) if change else None
            if worker.left is not None and (planned_end is None or worker.left < planned_end):
                segments.append(Segment(worker, day, worker.left, WorkerChangeReason.LEFTRL))
                day, previous = worker.left + timedelta(days=1), worker
                while change is not None and change <= day:
                    change = next(queue, None)
                continue
            if change is None or planned_end is None:
                segments.append(Segment(worker, day, None, ""))
                return segments
            segments.append(Segment(worker, day, planned_end, mint.weighted(CHANGE_REASONS)))
            day, previous = change, worker
            change = next(queue, None)


def _lasting(segments: list[Segment]) -> list[Segment]:
    """The segments, each one that ends lasting at least SHORTEST: a shorter one gives way to the next worker, who
    starts on its first day instead."""
    out: list[Segment] = []
    start: date | None = None
    for index, segment in enumerate(segments):
        first = start or segment.start
        if segment.end is not None and segment.end - first < SHORTEST and index + 1 < len(segments):
            start = first
            continue
        out.append(Segment(segment.worker, first, segment.end, segment.reason))
        start = None
    return out
