"""When Lantern proposes a network meeting for a child in care, and why, in words. Pure: no Django, no database.

Lantern's own rule, from the Child R review's learning point 4 (looked-after reviews are not a forum for the whole
network, so "there may be no regular opportunity for this network to share significant information and
concerns"), and the issue's list of what makes risk rise. A meeting is proposed when, since the last network
meeting (or ever, when none has been held):

- the latest exploitation screening found high risk (risk/levels.py; statutory-rules.md M8);
- a pattern of going missing is flagged (missing/patterns.py), with an episode behind it after the last meeting;
- the current placement is at risk of breaking down (care.Placement.at_risk_since);
- or no network meeting has been held for `meeting_days` days (network/config.py, default 91), counted from the
  last meeting, or from the day the child came into care when none has been held.

Each reason is one sentence a worker can act on; a child not in care on the day gets no proposal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RiskFacts:
    """What is known of one child on the day."""

    in_care_since: date | None  # the start of the current period of care; None when not in care
    last_meeting_on: date | None  # the latest network meeting held on or before the day
    high_screening_on: date | None = None  # the latest screening's date, when it found high risk
    pattern_summary: str = ""  # the missing pattern's sentence, when a flag is raised
    pattern_latest_on: date | None = None  # the latest episode behind the flags
    placement_at_risk_since: date | None = None  # the current placement's, when at risk
    placement_carer: str = ""


@dataclass(frozen=True)
class Proposal:
    reasons: tuple[str, ...]
    steady: tuple[str, ...] = ()  # the same reasons without the count of days, which changes every day

    @property
    def text(self) -> str:
        return " ".join(self.reasons)

    @property
    def steady_text(self) -> str:
        """The reasons in words that stay the same from day to day (an alert's title is not rewritten daily)."""
        return " ".join(self.steady or self.reasons)

    @property
    def first(self) -> str:
        return self.reasons[0]


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _since(last: date | None) -> str:
    return f"no network meeting since {_day(last)}" if last else "no network meeting has been held"


def _after(day: date | None, last: date | None) -> bool:
    """Whether the event came after the last meeting (a meeting on the same day is taken to have discussed it)."""
    return day is not None and (last is None or day > last)


def propose(facts: RiskFacts, today: date, *, meeting_days: int) -> Proposal | None:
    """The reasons to hold a network meeting now, or None."""
    if facts.in_care_since is None or facts.in_care_since > today:
        return None
    last = facts.last_meeting_on
    reasons: list[str] = []
    if _after(facts.high_screening_on, last) and facts.high_screening_on is not None:
        reasons.append(
            f"Exploitation screening on {_day(facts.high_screening_on)} found high risk; {_since(last)}."
        )
    if facts.pattern_summary and _after(facts.pattern_latest_on, last):
        summary = facts.pattern_summary.rstrip(".")
        reasons.append(f"Missing pattern: {summary}; {_since(last)}.")
    if _after(facts.placement_at_risk_since, last) and facts.placement_at_risk_since is not None:
        with_whom = f" with {facts.placement_carer}" if facts.placement_carer else ""
        reasons.append(
            f"The placement{with_whom} has been at risk of breaking down since "
            f"{_day(facts.placement_at_risk_since)}; {_since(last)}."
        )
    steady = list(reasons)
    start = last or facts.in_care_since
    waited = (today - start).days
    every = f"(Lantern proposes one every {meeting_days} days)."
    if waited >= meeting_days:
        if last is None:
            reasons.append(
                f"No network meeting has been held in the {waited} days since the child came into care on "
                f"{_day(start)} {every}"
            )
            steady.append(
                f"No network meeting has been held since the child came into care on {_day(start)} {every}"
            )
        else:
            reasons.append(f"No network meeting for {waited} days, since {_day(last)} {every}")
            steady.append(f"No network meeting since {_day(last)} {every}")
    return Proposal(tuple(reasons), tuple(steady)) if reasons else None
