"""Attendance and suspensions of the synthetic authority's school-age children (issue 8), pure and deterministic,
from the schooling care_education.py built.

- Attendance per term at each school the child was on the roll of, while looked after: around 94% for most
  children, around 84% for about one in seven (persistently absent: under 90%), a little worse in a term with
  missing episodes. Part of what was missed is unauthorised. A day is two sessions; bank holidays are ignored.
- Suspensions (fixed period, half a day to five days) for about one secondary-age child in ten (more often those
  who go missing), one to three each."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from education.key_stage import year_group
from education.models import ExclusionKind
from synthetic.care_education import ONE_DAY, Followed, Stint, weekday_on_or_after
from synthetic.mint import Mint
from synthetic.spec import Authority
from synthetic.spec_education import ExclusionSpec, SchoolAttendanceSpec

TERMS = (((9, 1), (12, 19)), ((1, 5), (3, 31)), ((4, 15), (7, 22)))
PERSISTENT = 1 / 7
SUSPENDED = {True: 0.2, False: 0.07}  # goes missing or not
SUSPENSION_DAYS = (Decimal("0.5"), Decimal("1"), Decimal("1"), Decimal("2"), Decimal("3"), Decimal("5"))
SUSPENSION_REASONS = (
    "Persistent disruptive behaviour in lessons.",
    "Verbal abuse and threatening behaviour against an adult.",
    "Physical assault against a pupil.",
    "Damage to school property.",
    "Drug and alcohol related.",
    "Left the school site without permission after a warning.",
)
MIN_SESSIONS = 10


def weekdays(first: date, last: date) -> int:
    days = (last - first).days + 1
    whole, rest = divmod(days, 7)
    extra = sum(1 for n in range(rest) if (first + timedelta(days=n)).weekday() < 5)
    return whole * 5 + extra


def terms_between(first: date, last: date) -> list[tuple[date, date]]:
    found = []
    for year in range(first.year - 1, last.year + 1):
        for (m1, d1), (m2, d2) in TERMS:
            start = date(year, m1, d1)
            end = date(year + (m2 < m1), m2, d2)
            if start <= last and end >= first:
                found.append((max(start, first), min(end, last)))
    return found


class AttendanceBuilder:
    def __init__(self, mint: Mint, out: Authority) -> None:
        self.mint = mint
        self.out = out
        self.in_care: dict[uuid.UUID, list[tuple[date, date]]] = defaultdict(list)
        for p in out.placements:
            self.in_care[p.child].append((p.start_date, p.end_date or out.as_of))
        self.missing: dict[uuid.UUID, list[date]] = defaultdict(list)
        for episode in out.missing_episodes:
            self.missing[episode.child].append(episode.started_at.date())

    def build(self, followed: list[Followed]) -> None:
        for child in followed:
            base = (
                self.mint.rng.gauss(84, 4) if self.mint.chance(PERSISTENT) else self.mint.rng.gauss(94, 2.5)
            )
            for stint in child.stints:
                self._stint(child, stint, base)
            self._suspensions(child)

    def _looked_after(self, child: uuid.UUID, first: date, last: date) -> tuple[date, date] | None:
        """The part of first..last the child was in care (from the first placement to the last's end)."""
        spans = [(max(a, first), min(b, last)) for a, b in self.in_care[child] if a <= last and b >= first]
        if not spans:
            return None
        return min(a for a, _ in spans), max(b for _, b in spans)

    def _stint(self, child: Followed, stint: Stint, base: float) -> None:
        first = max(stint.start, child.first)
        last = min(stint.end - ONE_DAY if stint.end else child.last, child.last)
        for term_first, term_last in terms_between(first, last):
            span = self._looked_after(child.child, term_first, term_last)
            if span is None:
                continue
            possible = 2 * weekdays(*span)
            if possible < MIN_SESSIONS:
                continue
            episodes = sum(1 for day in self.missing[child.child] if span[0] <= day <= span[1])
            percent = base + self.mint.rng.gauss(0, 2) - min(2.5 * episodes, 20)
            attended = round(possible * min(max(percent, 40.0), 100.0) / 100)
            missed = possible - attended
            unauthorised = round(missed * self.mint.rng.uniform(0.2, 0.7 if base > 88 else 0.85))
            self.out.education.attendance.append(
                SchoolAttendanceSpec(
                    self.mint.uuid(), child.child, stint.school.id, span[0], span[1], possible, attended,
                    unauthorised,
                )
            )  # fmt: skip

    def _suspensions(self, child: Followed) -> None:
        secondary = [s for s in child.stints if 7 <= year_group(child.birth, max(s.start, child.first)) <= 11]
        if not secondary or not self.mint.chance(SUSPENDED[bool(self.missing[child.child])]):
            return
        for _ in range(self.mint.rng.randint(1, 3)):
            stint = self.mint.pick(secondary)
            first = max(stint.start, child.first)
            last = min(stint.end - ONE_DAY if stint.end else child.last, child.last)
            day = weekday_on_or_after(self.mint.between(first, last))
            if day > child.last or day.month == 8:
                continue
            self.out.education.exclusions.append(
                ExclusionSpec(
                    self.mint.uuid(), child.child, stint.school.id, ExclusionKind.SUSPENSION, day,
                    self.mint.pick(SUSPENSION_DAYS), self.mint.pick(SUSPENSION_REASONS),
                )
            )  # fmt: skip
