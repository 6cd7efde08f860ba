"""What the SSDA903 return would reject about a period of care, legal status, placement or looked-after review, as
far as it can be seen when the record is entered. Pure: dates and codes in, a Refusal (the field and a message saying
what is wrong) or None out. care/services.py and casework/services.py call these for the pages and the API alike.

Each rule names its source: the DfE validator rule code (lac_validator, 2025/26 registry with the earlier years'
rules it keeps) or the SSDA903 guide (statutory-rules.md section 3)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

_TEXT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day(value: date) -> str:
    """A date as the pages show it: 3 Feb 2024."""
    return f"{value.day} {_TEXT_MONTHS[value.month - 1]} {value.year}"


def birthday(born: date, years: int) -> date:
    """The day a child born on `born` turns `years` (29 February falls on 28 February, as pandas' DateOffset does
    in the validator)."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return born.replace(year=born.year + years, day=28)


@dataclass(frozen=True)
class Span:
    """A record from start to end, both inclusive; no end: still going on."""

    start: date
    end: date | None = None

    @property
    def last(self) -> date:
        return self.end or date.max

    def holds(self, inner: Span) -> bool:
        return self.start <= inner.start and inner.last <= self.last

    def covers(self, on: date) -> bool:
        return self.start <= on <= self.last

    def text(self) -> str:
        return f"from {day(self.start)}" + (f" to {day(self.end)}" if self.end else "")


@dataclass(frozen=True)
class Refusal:
    field: str
    message: str


@dataclass(frozen=True)
class Child:
    """What the rules need to know of the child: how to name them and when they were born (None: not known)."""

    name: str
    born: date | None

    @property
    def whose(self) -> str:
        return f"{self.name}’s"


def _at_once(a: Span, b: Span) -> bool:
    """Two records held at once for more than the day one ends and the other begins."""
    return a.start == b.start or (a.start < b.last and b.start < a.last)


def overlap(noun: str, record: Span, others: Iterable[Span], *, may_touch: bool) -> Refusal | None:
    """No two records of one kind at once: an episode cannot start before the previous one ended (validator rule
    501), and a period of care cannot start on the day the last one ended (rule 431: that is a continuation, not a
    new period). A legal status or placement may end on the day the next begins: SSDA903 records a change that way
    (the episode's DEC is the next episode's DECOM); two that start on one day still overlap."""
    for other in sorted(others, key=lambda s: s.start):
        if may_touch:
            clash = _at_once(record, other)
        else:
            clash = record.start <= other.last and other.start <= record.last
        if clash:
            return Refusal(
                "start_date",
                f"This {noun} overlaps the {noun} from {other.start:%d/%m/%Y}: end that one first",
            )
    return None


def outside_care(noun: str, record: Span, periods: Iterable[Span]) -> Refusal | None:
    """A legal status or placement is part of an episode, and every episode lies within a period of care (SSDA903
    guide: a new episode whenever the legal status or placement changes during a period of care; rule 501 and
    the period rules 431-433 read the episodes that way)."""
    if any(period.holds(record) for period in periods):
        return None
    return Refusal(
        "start_date",
        f"A {noun} must fall within a period of care: record when the child became looked after first",
    )


def _dated(record: Span) -> str:
    return f"of {day(record.start)}" if record.start == record.end else record.text()


def left_outside(
    period: Span, was: Span | None, records: Iterable[tuple[str, Span]], others: Iterable[Span]
) -> Refusal | None:
    """A period of care changed from `was` to `period` must still hold the legal statuses, placements and reviews
    it held (`records`: noun and span), or another period must: the same rule as outside_care, seen from the
    period."""
    if was is None:
        return None
    periods = [period, *others]
    for noun, record in sorted(records, key=lambda r: r[1].start):
        if was.holds(record) and not any(p.holds(record) for p in periods):
            field = "start_date" if record.start < period.start else "end_date"
            return Refusal(
                field,
                f"The {noun} {_dated(record)} would then fall outside the period of care: "
                f"change or remove that {noun} first",
            )
    return None


def review_outside_care(held_on: date, periods: Iterable[Span], child: Child) -> Refusal | None:
    """A looked-after review is held while the child is looked after (Care Planning, Placement and Case Review
    (England) Regulations 2010 Part 6; the SSDA903 Reviews table holds the reviews of a period of care). No
    validator rule code: the return carries only the reviews of children it has episodes for (INT08)."""
    if any(period.covers(held_on) for period in periods):
        return None
    return Refusal(
        "held_on",
        f"This review is dated {day(held_on)}, when {child.name} was not looked after: check the date, or record "
        "the period of care first",
    )


def review_participation(held_on: date, participation: str, child: Child) -> Refusal | None:
    """PN0 is for a child under 4 at the review, and only for them (validator rules 440 and 441; on the 4th
    birthday either is accepted)."""
    if child.born is None or not participation:
        return None
    fourth = birthday(child.born, 4)
    if participation == "PN0" and held_on > fourth:
        return Refusal(
            "participation",
            f"PN0 is for a child under 4: {child.name} turned 4 on {day(fourth)}, before this review on "
            f"{day(held_on)}. Choose how they took part",
        )
    if participation != "PN0" and held_on < fourth:
        return Refusal(
            "participation",
            f"{child.name} was under 4 at this review (4 on {day(fourth)}): choose PN0",
        )
    return None


@dataclass(frozen=True)
class Retired:
    code: str
    last_day: date  # the last day a placement of this type may still be open
    instead: str
    rule: str


RETIRED_PLACEMENTS = (
    # Validator rule 217t: P2 (independent living) is not valid from 28 October 2023 (DEC after it is refused).
    Retired("P2", date(2023, 10, 28), "K3 (supported accommodation) or another type", "217t"),
    # Rule 146 (2025/26) no longer lists H5 (semi-independent living, replaced by K3 from 28 October 2023) nor Z1
    # (other placement, replaced by Z11 to Z14): an episode still open on 1 April 2025 is in that return.
    Retired("H5", date(2025, 3, 31), "K3 (supported accommodation)", "146"),
    Retired("Z1", date(2025, 3, 31), "one of Z11 to Z14", "146"),
)


def retired_placement(place: str, record: Span) -> Refusal | None:
    """A retired placement type only for a placement that had ended when it was retired (validator rules 217t
    and 146; see RETIRED_PLACEMENTS)."""
    for retired in RETIRED_PLACEMENTS:
        if place != retired.code or record.last <= retired.last_day:
            continue
        gone = day(retired.last_day + timedelta(days=1))
        if record.start > retired.last_day:
            message = f"{place} is not a placement type from {gone}, before this placement starts: choose {retired.instead}"
        else:
            message = (
                f"{place} is not a placement type from {gone} and this placement goes on after then: end it by "
                f"{day(retired.last_day)} and record the placement that follows, as {retired.instead}"
            )
        return Refusal("place", message)
    return None


@dataclass(frozen=True)
class MinimumAge:
    code: str
    years: int
    what: str
    rule: str


PLACEMENT_MINIMUM_AGES = (
    MinimumAge("K3", 16, "supported accommodation", "371"),
    MinimumAge("P3", 14, "residential employment", "374"),
    MinimumAge("R5", 10, "a young offender institution", "372"),
    MinimumAge("S1", 4, "a residential school", "373"),
)


def placement_too_young(place: str, start: date, child: Child) -> Refusal | None:
    """A placement type with a minimum age starts on or after that birthday: K3 at 16 (validator rule 371), P3 at
    14 (374), R5 at 10 (372), S1 at 4 (373)."""
    if child.born is None:
        return None
    for minimum in PLACEMENT_MINIMUM_AGES:
        if place == minimum.code and start < birthday(child.born, minimum.years):
            return Refusal(
                "place",
                f"This placement starts on {day(start)}, before {child.whose} {minimum.years}th birthday "
                f"({day(birthday(child.born, minimum.years))}): a child placed in {minimum.what} ({place}) must be "
                f"{minimum.years} or over",
            )
    return None


YOUTH_JUSTICE_STATUSES = frozenset({"J1", "J2", "J3"})


def legal_status_too_young(code: str, start: date, child: Child) -> Refusal | None:
    """J1, J2 and J3 (remand, PACE, youth rehabilitation order) start after the child's 10th birthday, the age of
    criminal responsibility (validator rule 358 refuses one starting on or before it)."""
    if child.born is None or code not in YOUTH_JUSTICE_STATUSES:
        return None
    tenth = birthday(child.born, 10)
    if start <= tenth:
        return Refusal(
            "code",
            f"{code} starts on {day(start)}, when {child.name} was not yet over 10 (10 on {day(tenth)}): a child "
            "under 10 cannot be remanded, detained under PACE or sentenced",
        )
    return None


MAXIMUM_DAYS = {"L1": 3, "L2": 21, "L3": 7, "J2": 21, "V3": 17}
_MAXIMUM_WHAT = {
    "L1": "Police protection lasts at most 72 hours",
    "L2": "An emergency protection order lasts at most 21 days",
    "L3": "A child assessment order lasts at most 7 days",
    "J2": "Detention under PACE in local authority accommodation lasts at most 21 days",
    "V3": "A single short break lasts at most 17 days",
}


def legal_status_too_long(code: str, record: Span) -> Refusal | None:
    """The short legal statuses end in time: L1 within 3 days (validator rule 361), L2 within 21 (362), L3 within
    7 (363), J2 within 21 (364), a V3 short break within 17 (365). Only an ended status can be checked at entry:
    one still open is the duties' and the return's to catch."""
    limit = MAXIMUM_DAYS.get(code)
    if limit is None or record.end is None or (record.end - record.start).days <= limit:
        return None
    return Refusal(
        "end_date",
        f"{_MAXIMUM_WHAT[code]}: this {code} runs {(record.end - record.start).days} days, {record.text()}",
    )


def care_starts_too_old(start: date, child: Child) -> Refusal | None:
    """A child cannot start to be looked after on or after their 18th birthday (validator rule 352)."""
    if child.born is None:
        return None
    adult = birthday(child.born, 18)
    if start >= adult:
        return Refusal(
            "start_date",
            f"This period of care starts on {day(start)}, on or after {child.whose} 18th birthday ({day(adult)}): "
            "an adult cannot start to be looked after",
        )
    return None


# What each provider cannot provide (validator rules 527, 528, 529, 530, 531), and PR0 only for P1 (550).
_NOT_PROVIDED_BY = {
    "PR1": ("P1", "R2", "R5"),
    "PR2": ("P1", "R2", "R5"),
    "PR3": ("P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6"),
    "PR4": ("P1",),
    "PR5": ("P1",),
}


def provider_mismatch(place: str, provider: str) -> Refusal | None:
    """The provider can provide the placement type: PR1 and PR2 not P1, R2 or R5 (validator rules 527, 528); PR3
    not P1, A3-A6, K1, K2 or U1-U6 (529); PR4 and PR5 not P1 (530, 531); PR0 (a parent) only P1 (550)."""
    if provider == "PR0" and place and place != "P1":
        return Refusal(
            "provider", f"PR0 (a parent) provides only P1 placements, not {place}: choose the provider"
        )
    if place in _NOT_PROVIDED_BY.get(provider, ()):
        if place == "P1":
            return Refusal("provider", "A placement with parents (P1) is provided by PR0 (the parent)")
        return Refusal("provider", f"{provider} cannot provide {place} placements: choose the provider")
    return None


def placed_at_home_under_section_20(
    placements: Iterable[tuple[str, Span]], statuses: Iterable[tuple[str, Span]]
) -> tuple[Span, Span] | None:
    """A child placed with parents (P1) cannot be looked after under a single period of accommodation under
    section 20 (V2) at the same time (validator rule 378). The first P1 placement and V2 status held at once, if
    any."""
    homes = [span for place, span in placements if place == "P1"]
    for code, status in statuses:
        if code != "V2":
            continue
        for home in homes:
            if _at_once(home, status):
                return home, status
    return None


def section_20_refusal(clash: tuple[Span, Span] | None, *, saving: str) -> Refusal | None:
    """The message for placed_at_home_under_section_20, at the field of the record being saved ("placement" or
    "legal status")."""
    if clash is None:
        return None
    home, status = clash
    if saving == "placement":
        return Refusal(
            "place",
            f"The child is accommodated under section 20 (V2 {status.text()}): a placement with parents (P1) at the "
            "same time cannot be recorded. End the V2 status or choose the placement type",
        )
    return Refusal(
        "code",
        f"The child is placed with parents (P1 {home.text()}): they cannot be accommodated under section 20 (V2) "
        "at the same time. Choose the legal status",
    )
