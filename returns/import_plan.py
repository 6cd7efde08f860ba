"""From the rows of an SSDA903 return to what Lantern records of each child: periods of care, legal statuses and
placements worked back from the episodes, the reverse of returns/episodes.py (no ORM).

DfE children looked after return guide (statutory-rules.md section 3): an episode with RNE S starts a period of care;
an episode that ceases with REC X1 is followed the same day (its DEC is the next DECOM) by a new episode whose RNE
says what changed: L the legal status only; P the placement and carer; T the placement, same carer; U the legal
status and the placement, same carer; B the legal status, placement and carer. Any other REC ends the period of
care. REASON_PLACE_CHANGE is given only on an episode followed by a change of placement (DfE rules 225 and 233).

A row that contradicts these rules is a problem: the import is refused. What the return says but Lantern holds only
once (a child's HOME_POST, a period's CIN) is taken from the latest episode, with a note."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from returns.episodes import PLACEMENT_CHANGES, SAME_DAY
from returns.import_rows import EpisodeRow, HeaderRow, MissingRow, Problem, ReviewRow, Rows, Source

LOCAL_ID_LENGTH = 20  # Child.local_id
R = TypeVar("R", EpisodeRow, ReviewRow, MissingRow)
NEW_CARER = frozenset({"S", "P", "B"})
STATUS_CHANGES = frozenset({"L", "U", "B"})


@dataclass
class PlannedPeriod:
    at: Source
    start: date
    end: date | None = None
    cin: str = ""
    rec: str = ""


@dataclass
class PlannedStatus:
    at: Source
    code: str
    start: date
    end: date | None = None


@dataclass
class PlannedPlacement:
    at: Source
    place: str
    provider: str
    postcode: str
    urn: str
    carer: int  # the child's carers numbered in order: the same number is the same carer (RNE T and U)
    start: date
    end: date | None = None
    change_reason: str = ""


@dataclass
class ChildPlan:
    header: HeaderRow
    home_post: str = ""
    periods: list[PlannedPeriod] = field(default_factory=list)
    statuses: list[PlannedStatus] = field(default_factory=list)
    placements: list[PlannedPlacement] = field(default_factory=list)
    reviews: list[ReviewRow] = field(default_factory=list)
    missing: list[MissingRow] = field(default_factory=list)
    refused: bool = False  # a problem in the child's rows

    def in_care_on(self, day: date) -> bool:
        return any(p.start <= day and (p.end is None or day <= p.end) for p in self.periods)


@dataclass
class Plan:
    children: list[ChildPlan]
    problems: list[Problem]
    notes: list[Problem]  # loaded, but not as the return has it

    @property
    def sound(self) -> list[ChildPlan]:
        """The children with no problem in their rows, whose records can be checked against the database."""
        return [child for child in self.children if not child.refused]


def _dmy(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


class _Episodes:
    """Walks one child's episodes in order of DECOM, building the plan and collecting problems and notes."""

    def __init__(self, plan: ChildPlan, problems: list[Problem], notes: list[Problem]) -> None:
        self.plan, self.problems, self.notes = plan, problems, notes
        self.carer = 0

    def walk(self, episodes: list[EpisodeRow]) -> None:
        before: EpisodeRow | None = None
        for index, episode in enumerate(episodes):
            after = episodes[index + 1] if index + 1 < len(episodes) else None
            if episode.decom < self.plan.header.dob:
                self._problem(episode, f"DECOM {_dmy(episode.decom)} is before the child's DOB")
            if before is not None and before.rec == SAME_DAY:
                self._next_episode(before, episode)
            else:
                self._new_period(before, episode)
            self._ceases(episode, after)
            before = episode
        if before is not None and before.rec == SAME_DAY:
            self._problem(
                before, "REC X1 says a new episode starts on DEC, but this is the child's last episode"
            )
        posts = list(dict.fromkeys(e.home_post for e in episodes))
        self.plan.home_post = posts[-1] if posts else ""
        if len(posts) > 1:
            self._note(
                episodes[-1],
                f"HOME_POST differs between the child's episodes ({', '.join(p or 'blank' for p in posts)}): "
                f"Lantern keeps one home postcode, the latest ({posts[-1] or 'blank'}), which an export gives "
                "on every episode",
            )

    def _problem(self, episode: EpisodeRow, reason: str) -> None:
        self.problems.append(episode.at.problem(reason))

    def _note(self, episode: EpisodeRow, reason: str) -> None:
        self.notes.append(episode.at.problem(reason))

    def _placement(self, episode: EpisodeRow) -> PlannedPlacement:
        if episode.rne in NEW_CARER or not self.plan.placements:
            self.carer += 1
        placement = PlannedPlacement(
            episode.at,
            episode.place,
            episode.provider,
            episode.pl_post,
            episode.urn,
            self.carer,
            episode.decom,
        )
        self.plan.placements.append(placement)
        return placement

    def _new_period(self, before: EpisodeRow | None, episode: EpisodeRow) -> None:
        if before is not None and before.dec is None:
            self._problem(
                episode,
                f"follows an episode still open (no DEC, line {before.at.line}): only the last can be open",
            )
        elif before is not None and before.dec is not None and episode.decom <= before.dec:
            self._problem(
                episode,
                f"starts a period of care on or before {_dmy(before.dec)}, when the one before ended "
                f"(line {before.at.line}, REC {before.rec}): periods of care may not touch",
            )
        if episode.rne != "S" and before is None:
            self._note(
                episode,
                f"the child's first episode has RNE {episode.rne}, not S: the period of care began before this "
                f"return's episodes; Lantern takes it to begin on DECOM {_dmy(episode.decom)}, and an export "
                "gives this episode RNE S",
            )
        elif episode.rne != "S":
            self._problem(
                episode,
                f"RNE {episode.rne}: the episode before (line {before.at.line if before else 0}) ended the period "
                f"of care with REC {before.rec if before else ''}, so this one starts a new period and has RNE S",
            )
        self.plan.periods.append(PlannedPeriod(episode.at, episode.decom, cin=episode.cin))
        self.plan.statuses.append(PlannedStatus(episode.at, episode.ls, episode.decom))
        self._placement(episode)

    def _next_episode(self, before: EpisodeRow, episode: EpisodeRow) -> None:
        if episode.decom != before.dec:
            self._problem(
                episode,
                f"DECOM {_dmy(episode.decom)} is not the DEC {_dmy(before.dec)} of the episode before (line "
                f"{before.at.line}), which ceased with REC X1 (a new episode the same day)",
            )
        if before.dec == before.decom:
            self._problem(
                before, "ceases with REC X1 on the day it started: an episode of no days cannot be held"
            )
        self._check_rne(before, episode)
        period, status, placement = self.plan.periods[-1], self.plan.statuses[-1], self.plan.placements[-1]
        if episode.ls != before.ls:
            status.end = episode.decom
            self.plan.statuses.append(PlannedStatus(episode.at, episode.ls, episode.decom))
        if episode.rne in PLACEMENT_CHANGES:
            placement.end, placement.change_reason = episode.decom, before.reason_place_change
            self._placement(episode)
        if episode.cin != period.cin:
            self._note(
                episode,
                f"CIN changes within the period of care ({period.cin} to {episode.cin}): Lantern holds one "
                f"category of need for the period, the latest ({episode.cin}), which an export gives on every "
                "episode of the period",
            )
            period.cin = episode.cin

    def _check_rne(self, before: EpisodeRow, episode: EpisodeRow) -> None:
        """The RNE must say what changed from the episode before (returns/episodes.py works it out the same way)."""
        rne = episode.rne
        status_changed = episode.ls != before.ls
        moved = episode.placement[:3] != before.placement[:3]
        if rne == "S":
            self._problem(
                episode,
                f"RNE S starts a period of care, but the episode before (line {before.at.line}) ceased with REC "
                "X1 (a new episode the same day): give the RNE that says what changed",
            )
            return
        if rne in STATUS_CHANGES and not status_changed:
            self._problem(
                episode, f"RNE {rne} says the legal status changed, but LS is {episode.ls} as before"
            )
        if rne not in STATUS_CHANGES and status_changed:
            self._problem(
                episode,
                f"RNE {rne} says the legal status is the same, but LS changed from {before.ls} to {episode.ls}",
            )
        if rne == "L" and episode.placement != before.placement:
            self._problem(
                episode,
                "RNE L says only the legal status changed, but PLACE, PLACE_PROVIDER, PL_POST or URN changed",
            )
        if rne in {"T", "U"} and not moved:
            self._problem(
                episode,
                f"RNE {rne} says the placement changed with the same carer, but PLACE, PLACE_PROVIDER and "
                "PL_POST are as before",
            )
        if rne in {"T", "U"} and episode.urn != before.urn:
            self._problem(
                episode,
                f"RNE {rne} says the carer is the same, but URN changed from {before.urn or 'blank'} to "
                f"{episode.urn or 'blank'}",
            )

    def _ceases(self, episode: EpisodeRow, after: EpisodeRow | None) -> None:
        if episode.reason_place_change and not (
            episode.rec == SAME_DAY and after is not None and after.rne in PLACEMENT_CHANGES
        ):
            self._problem(
                episode,
                "REASON_PLACE_CHANGE is given only on an episode followed the same day by a change of placement "
                "(the next episode's RNE P, T, U or B; DfE rules 225 and 233)",
            )
        if episode.rec and episode.rec != SAME_DAY:
            period = self.plan.periods[-1]
            period.end, period.rec = episode.dec, episode.rec
            self.plan.statuses[-1].end = episode.dec
            self.plan.placements[-1].end = episode.dec


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _dated_rows(plan: ChildPlan, rows: list[ReviewRow] | list[MissingRow], problems: list[Problem]) -> None:
    seen: dict[tuple[object, ...], int] = {}
    for row in rows:
        day = row.review if isinstance(row, ReviewRow) else row.start
        column = "REVIEW" if isinstance(row, ReviewRow) else "MIS_START"
        key = (row.review, row.code) if isinstance(row, ReviewRow) else (row.kind, row.start, row.end)
        if row.dob is not None and row.dob != plan.header.dob:
            problems.append(
                row.at.problem(
                    f"DOB {_dmy(row.dob)} is not the child's DOB in Header, {_dmy(plan.header.dob)}"
                )
            )
        if not plan.in_care_on(day):
            problems.append(
                row.at.problem(
                    f"{column} {_dmy(day)}: the child was not looked after then (no episode holds it)"
                )
            )
        if key in seen:
            problems.append(row.at.problem(f"the same row as line {seen[key]}"))
        seen.setdefault(key, row.at.line)


def _review_notes(plan: ChildPlan, notes: list[Problem]) -> None:
    for review in plan.reviews:
        if review.code != "PN0" and _age_on(plan.header.dob, review.review) < 4:
            notes.append(
                review.at.problem(
                    f"REVIEW_CODE {review.code} is kept, but the child was under 4 at the review: an export "
                    "gives PN0 (DfE: PN0 for a child under 4)"
                )
            )


def _by_child(
    rows: list[R], headers: dict[str, HeaderRow], broken: set[str], problems: list[Problem]
) -> dict[str, list[R]]:
    grouped: dict[str, list[R]] = defaultdict(list)
    for row in rows:
        if row.child in headers:
            grouped[row.child].append(row)
        elif row.child not in broken:
            problems.append(row.at.problem(f"CHILD {row.child} is not in the Header table"))
    return grouped


def plan_children(rows: Rows) -> Plan:
    """What would be created for each child in the return, or the problems that stop it. A child with a row that
    could not be read is left out (the import is refused anyway): checking the rest of the child's rows without it
    would list problems that are only its consequences."""
    problems: list[Problem] = []
    notes: list[Problem] = []
    headers: dict[str, HeaderRow] = {}
    for header in rows.header:
        if header.child in headers:
            problems.append(
                header.at.problem(f"CHILD {header.child} is also on line {headers[header.child].at.line}")
            )
            continue
        if len(header.child) > LOCAL_ID_LENGTH:
            problems.append(
                header.at.problem(f"CHILD is longer than a local ID ({LOCAL_ID_LENGTH} characters)")
            )
        headers[header.child] = header
    episodes = _by_child(rows.episodes, headers, rows.broken, problems)
    reviews = _by_child(rows.reviews, headers, rows.broken, problems)
    missing = _by_child(rows.missing, headers, rows.broken, problems)
    plans = []
    for child, header in headers.items():
        if child in rows.broken:
            continue  # a row of the child's could not be read: its own problem is listed, not what follows from it
        if not episodes[child]:
            problems.append(header.at.problem(f"CHILD {child} has no episode in the Episodes table"))
            continue
        plan = ChildPlan(header)
        found = len(problems)
        _Episodes(plan, problems, notes).walk(sorted(episodes[child], key=lambda e: (e.decom, e.at.line)))
        plan.reviews = sorted(reviews[child], key=lambda r: (r.review, r.at.line))
        plan.missing = sorted(missing[child], key=lambda m: (m.start, m.at.line))
        _dated_rows(plan, plan.reviews, problems)
        _dated_rows(plan, plan.missing, problems)
        _review_notes(plan, notes)
        plan.refused = len(problems) > found
        plans.append(plan)
    return Plan(plans, problems, notes)
