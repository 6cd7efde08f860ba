"""Placement stability, the DfE measures (statutory-rules.md section 4; "Stability measures for children looked
after in England"). A pure module: plain values in, counts out.

- Short-term (S1, the former NI 062): of the children looked after on the day, those with 3 or more placements
  in the 12 months to it.
- Long-term (S3, the former NI 063): of the children under 16 looked after continuously for at least 2.5 years,
  those who have lived with the same carer for at least 2 years.
- Short breaks (V3/V4) are excluded (S4). Temporary placements (T0-T4: hospital, holiday, carer on holiday, 7 days
  or less) are not counted as placements: Lantern's reading of the methodology, to be checked against the DfE
  page (statutory-rules.md notes it as unverified). Consecutive placements with the same carer count as one carer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from casework.continuity import months_before

SHORT_BREAKS = frozenset({"V3", "V4"})
TEMPORARY = frozenset({"T0", "T1", "T2", "T3", "T4"})


@dataclass(frozen=True)
class Stay:
    place: str
    carer: str
    start: date
    end: date | None


@dataclass(frozen=True)
class ChildCare:
    child_id: str
    date_of_birth: date | None
    period_start: date | None  # the period of care open on the day (None: not looked after then)
    legal_status: str  # held on the day
    stays: tuple[Stay, ...] = field(default=())


@dataclass(frozen=True)
class Stability:
    looked_after: int
    three_or_more: int
    long_term_eligible: int
    long_term_stable: int

    @property
    def three_or_more_percent(self) -> float | None:
        return round(100 * self.three_or_more / self.looked_after, 1) if self.looked_after else None

    @property
    def long_term_percent(self) -> float | None:
        return (
            round(100 * self.long_term_stable / self.long_term_eligible, 1)
            if self.long_term_eligible
            else None
        )


def _counted(stays: Iterable[Stay], since: date, day: date) -> list[Stay]:
    return sorted(
        (
            s
            for s in stays
            if s.place not in TEMPORARY and s.start <= day and (s.end is None or s.end >= since)
        ),
        key=lambda s: s.start,
    )


def placements_in_year(child: ChildCare, day: date) -> int:
    return len(_counted(child.stays, months_before(day, 12), day))


def with_same_carer_since(child: ChildCare, day: date) -> date | None:
    """The day the child began living with the carer they live with on `day` (consecutive placements with the
    same carer joined)."""
    stays = _counted(child.stays, date.min, day)
    if not stays or (stays[-1].end is not None and stays[-1].end < day):
        return None
    since = stays[-1].start
    for earlier in reversed(stays[:-1]):
        if earlier.carer != stays[-1].carer or earlier.end is None or (since - earlier.end).days > 1:
            break
        since = earlier.start
    return since


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def stability(children: Iterable[ChildCare], day: date) -> Stability:
    looked_after = three = eligible = stable = 0
    for child in children:
        if child.period_start is None or child.period_start > day or child.legal_status in SHORT_BREAKS:
            continue
        looked_after += 1
        if placements_in_year(child, day) >= 3:
            three += 1
        young = child.date_of_birth is not None and _age_on(child.date_of_birth, day) < 16
        if young and child.period_start <= months_before(day, 30):
            eligible += 1
            since = with_same_carer_since(child, day)
            if since is not None and since <= months_before(day, 24):
                stable += 1
    return Stability(looked_after, three, eligible, stable)
