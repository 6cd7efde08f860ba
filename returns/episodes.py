"""SSDA903 Episodes worked out from a child's periods of care, legal statuses and placements (no ORM).

DfE children looked after return guide (statutory-rules.md section 3): a new episode starts whenever the legal status
and/or the placement changes; the episode it follows ceases the same day with REC X1. RNE says what changed:
S started to be looked after; L legal status only; P placement and carer; T placement, same carer; U legal status and
placement, same carer; B legal status, placement and carer. The last episode of a period carries the period's own
REC. REASON_PLACE_CHANGE is given on the episode whose placement ends in a change of placement (the next one
starts with RNE P, T, U or B), and on no other (DfE rules 225 and 233)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Protocol, TypeVar

SAME_DAY = "X1"
PLACEMENT_CHANGES = frozenset({"P", "T", "U", "B"})


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None
    cin: str
    rec: str


@dataclass(frozen=True)
class Status:
    code: str
    start: date
    end: date | None


@dataclass(frozen=True)
class Stay:
    """A placement. `carer_key` names the carer: their register entry when linked, else the carer's name."""

    key: str
    place: str
    provider: str
    carer_key: str
    postcode: str
    start: date
    end: date | None
    change_reason: str
    urn: str = ""


@dataclass(frozen=True)
class Episode:
    decom: date
    rne: str
    ls: str
    cin: str
    place: str
    provider: str
    dec: date | None
    rec: str
    reason_place_change: str
    home_post: str
    pl_post: str
    urn: str


def carer_key(register_id: object | None, name: str) -> str:
    """Two placements are with the same carer when both name the same register entry, or, without one, the same
    carer's name (compared without case or extra spaces)."""
    if register_id is not None:
        return f"register:{register_id}"
    return "name:" + " ".join(name.split()).casefold()


class _Dated(Protocol):
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date | None: ...


R = TypeVar("R", bound=_Dated)


def _cut(end: date | None, as_of: date) -> date | None:
    return None if end is None or end > as_of else end


def _in_force(records: Sequence[R], day: date, start: date) -> R | None:
    """The record that holds on `day`: the latest to start on or before it (a record that starts before the period
    counts from the period's start)."""
    found = None
    for record in records:
        if max(record.start, start) <= day:
            found = record
    return found


def _overlapping(records: Iterable[R], start: date, end: date | None, as_of: date) -> list[R]:
    return sorted(
        (
            r
            for r in records
            if r.start <= as_of and (end is None or r.start <= end) and (r.end is None or r.end >= start)
        ),
        key=lambda r: r.start,
    )


def _placement_changed(before: Stay | None, after: Stay | None) -> bool:
    if before is None or after is None:
        return before is not after
    if before.key == after.key:
        return False
    return (before.place, before.provider, before.carer_key, before.postcode) != (
        after.place,
        after.provider,
        after.carer_key,
        after.postcode,
    )


def _rne(status_changed: bool, placement_changed: bool, same_carer: bool) -> str:
    if status_changed and placement_changed:
        return "U" if same_carer else "B"
    if placement_changed:
        return "T" if same_carer else "P"
    return "L"


def period_episodes(
    period: Period,
    statuses: Iterable[Status],
    stays: Iterable[Stay],
    *,
    home_post: str = "",
    as_of: date,
) -> list[Episode]:
    """The episodes of one period of care, as the record stood on `as_of` (later starts are left out, later ends
    leave the episode open)."""
    if period.start > as_of:
        return []
    end = _cut(period.end, as_of)
    held = _overlapping(statuses, period.start, end, as_of)
    lived = _overlapping(stays, period.start, end, as_of)
    begins = [r.start for r in held] + [r.start for r in lived]
    days = sorted({period.start} | {max(day, period.start) for day in begins})
    starts: list[tuple[date, Status | None, Stay | None]] = []
    for day in days:
        status = _in_force(held, day, period.start)
        stay = _in_force(lived, day, period.start)
        if not starts:
            starts.append((day, status, stay))
            continue
        _, last_status, last_stay = starts[-1]
        status_changed = (last_status.code if last_status else "") != (status.code if status else "")
        if status_changed or _placement_changed(last_stay, stay):
            starts.append((day, status, stay))
    rnes = ["S"]
    for (_, before_status, before_stay), (_, status, stay) in pairwise(starts):
        status_changed = (before_status.code if before_status else "") != (status.code if status else "")
        same_carer = before_stay is not None and stay is not None and before_stay.carer_key == stay.carer_key
        rnes.append(_rne(status_changed, _placement_changed(before_stay, stay), same_carer))
    episodes: list[Episode] = []
    for index, (day, status, stay) in enumerate(starts):
        last = index == len(starts) - 1
        moved = not last and rnes[index + 1] in PLACEMENT_CHANGES
        episodes.append(
            Episode(
                decom=day,
                rne=rnes[index],
                ls=status.code if status else "",
                cin=period.cin,
                place=stay.place if stay else "",
                provider=stay.provider if stay else "",
                dec=end if last else starts[index + 1][0],
                rec=(period.rec if end is not None else "") if last else SAME_DAY,
                reason_place_change=stay.change_reason if moved and stay is not None else "",
                home_post=home_post,
                pl_post=stay.postcode if stay else "",
                urn=stay.urn if stay else "",
            )
        )
    return episodes


def child_episodes(
    periods: Iterable[Period],
    statuses: Iterable[Status],
    stays: Iterable[Stay],
    *,
    home_post: str = "",
    as_of: date,
) -> list[tuple[Period, list[Episode]]]:
    """Each period of care with its episodes, earliest first."""
    statuses, stays = list(statuses), list(stays)
    return [
        (period, period_episodes(period, statuses, stays, home_post=home_post, as_of=as_of))
        for period in sorted(periods, key=lambda p: p.start)
        if period.start <= as_of
    ]
