"""The SSDA903 SWEpisodes table (from 2023/24): each child's social workers, read from the record's social worker
allocations (casework.Allocation with the role "Allocated social worker"; an IRO, personal adviser, support worker
or student is not a social worker episode). Sources: DfE children looked after return guide (statutory-rules.md
section 3) and the validator rules named below (lac_validator 2023-24 to 2025-26).

- Which children: those looked after on 31 March (or on the day the return is made, when earlier): the latest
  episode is open and not under an agreed series of short breaks, V3 or V4 (rules SW01STG1 and SW12STG2); and those
  who left care in the year and still have a social worker then (SW12STG2 asks for the social worker episodes of
  every child whose care ended in the year; with one open on 31 March, SW17STG2 holds too).
- Which episodes: every social worker episode open at any time in the collection year, including those while the
  child was not looked after (SW12STG2); one that began before 1 April keeps its own start date, as last year's
  return gave it (SW16bSTG2). An episode that ends after 31 March (or the day of the return) is still open: the
  latest episode is open (SW17STG2), and SW_DEC is within the year (SW07STG2).
- SW_REASON is why the child got this social worker, so it is given for every episode, the open one too (SW01bSTG1,
  SW13STG1, SW15STG2). Lantern records it on the allocation that ends ("reason the allocation ended"), so an
  episode takes the reason recorded on the child's previous social worker allocation. The child's first social
  worker, and one allocated more than 7 days after the previous allocation ended, is a first contact or re-referral,
  FCONTA (the only reason SW10aSTG2 allows a gap of more than 7 days for). A change whose previous allocation has no
  reason recorded is left blank, so that SW13STG1 points the analyst at the allocation to complete.
- SW_ID is the worker's Social Work England registration number (accounts.registration). The rules accept only an
  ID beginning "SW" or "XX" (SW02STG1) and give no code for an unknown worker, so a worker whose number is not
  recorded is left blank: no stand-in is invented, and SW02STG1/SW03STG1 point the analyst at the worker's account
  (`lantern set-swe-registration USERNAME NUMBER`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from casework.models import Allocation, AllocationRole, WorkerChangeReason
from returns.episodes import Episode
from returns.return_child import ReturnChild, dmy

SHORT_BREAKS = frozenset({"V3", "V4"})
CHANGE_TOLERANCE = timedelta(
    days=7
)  # SW10aSTG2: a change of worker starts within 7 days of the last one's end
FIRST_CONTACT = WorkerChangeReason.FCONTA.value


@dataclass(frozen=True)
class Allocated:
    """A social worker allocation: start and end (inclusive), the reason it ended, the worker's registration."""

    start: date
    end: date | None
    end_reason: str
    sw_id: str


@dataclass(frozen=True)
class SWEpisode:
    sw_id: str
    decom: date
    dec: date | None
    reason: str


def looked_after_on_the_day(episodes: Sequence[Episode]) -> bool:
    """The child's latest episode of the year is open and not a short break (SW01STG1)."""
    if not episodes:
        return False
    latest = max(episodes, key=lambda e: e.decom)
    return latest.dec is None and latest.ls not in SHORT_BREAKS


def short_breaks_only(episodes: Sequence[Episode]) -> bool:
    return all(e.ls in SHORT_BREAKS for e in episodes)


def has_social_worker_on(allocations: Iterable[Allocated], day: date) -> bool:
    """A child who left care in the year but still has a social worker on 31 March: SW12STG2 wants their social
    worker episodes (it checks every episode that ends care), and their latest is open (SW17STG2)."""
    return any(a.start <= day and (a.end is None or a.end > day) for a in allocations)


def sw_episodes(allocations: Iterable[Allocated], start: date, cut: date) -> list[SWEpisode]:
    """The social worker episodes open at some time from `start` to `cut`, from all of a child's social worker
    allocations (the earlier ones give the reasons), as the record stood on `cut`."""
    known = sorted((a for a in allocations if a.start <= cut), key=lambda a: (a.start, a.end or date.max))
    out: list[SWEpisode] = []
    previous: Allocated | None = None
    for allocation in known:
        end = allocation.end if allocation.end is not None and allocation.end <= cut else None
        if end is None or end >= start:
            out.append(SWEpisode(allocation.sw_id, allocation.start, end, _reason(allocation, previous)))
        previous = allocation
    return out


def _reason(allocation: Allocated, previous: Allocated | None) -> str:
    if previous is None:
        return FIRST_CONTACT
    if previous.end is not None and allocation.start > previous.end + CHANGE_TOLERANCE:
        return FIRST_CONTACT
    return previous.end_reason


def sw_episode_rows(
    children: Sequence[ReturnChild], episodes: Mapping[Any, Sequence[Episode]], start: date, cut: date
) -> list[dict[str, str]]:
    """The SWEpisodes rows of the children looked after on `cut`, or who have left care in the year and still have
    a social worker on `cut`, in one query."""
    rows = Allocation.objects.filter(
        child_id__in=[c.pk for c in children], role=AllocationRole.SOCIAL_WORKER, start_date__lte=cut
    ).values_list("child_id", "start_date", "end_date", "end_reason", "worker__swe_registration")
    held: dict[Any, list[Allocated]] = defaultdict(list)
    for child_id, began, ended, reason, sw_id in rows:
        held[child_id].append(Allocated(began, ended, reason or "", sw_id or ""))
    chosen = [
        c
        for c in children
        if looked_after_on_the_day(episodes.get(c.pk, ()))
        or (not short_breaks_only(episodes.get(c.pk, ())) and has_social_worker_on(held.get(c.pk, []), cut))
    ]
    out = []
    for child in sorted(chosen, key=lambda c: c.local_id):
        for episode in sw_episodes(held.get(child.pk, []), start, cut):
            out.append(
                {
                    "CHILD": child.local_id,
                    "DOB": dmy(child.dob),
                    "SW_ID": episode.sw_id,
                    "SW_DECOM": dmy(episode.decom),
                    "SW_DEC": dmy(episode.dec),
                    "SW_REASON": episode.reason,
                }
            )
    return out
