"""The stages of an escalation and their time limits in working days: a pure rule, no ORM.

Source: the four steps of a typical local "resolving professional differences" protocol, the Lincolnshire
Safeguarding Children Partnership's "Joint professional escalation and resolution protocol"
(https://www.lincolnshire.gov.uk/social-care-health/joint-professional-escalation-resolution-protocol/3):
step 1, practitioner to practitioner, an agreed action plan within two working days; step 2, manager to manager,
within five working days of step 1; step 3, senior liaison officers (heads of service), within two working days;
step 4, an independently chaired meeting of the safeguarding partnership. That protocol sets no limit for step 4:
Lantern's default of 10 working days is its own. Protocols differ between areas, so each partnership sets its own
limits (LANTERN_ESCALATION_STAGE_DAYS, read by escalation/config.py).

A stage's time limit counts English working days from the day the stage started (duties.working_days): the due date
is the limit-th working day after the start. A stage is overdue when today is after its due date and the escalation
is still open. There is a next stage until stage 4; after that the escalation can only be resolved or withdrawn.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from duties.working_days import add_working_days, is_working_day

FIRST_STAGE = 1
LAST_STAGE = 4
STAGES = tuple(range(FIRST_STAGE, LAST_STAGE + 1))
DEFAULT_STAGE_DAYS: Mapping[int, int] = {1: 2, 2: 5, 3: 2, 4: 10}

# The partnership's age bands of open escalations, in working days since raised (Lantern's choice: a stage's
# limit is at most two working weeks, so past 20 working days an escalation has run past two full stages).
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0 to 5 working days", 0, 5),
    ("6 to 10 working days", 6, 10),
    ("11 to 20 working days", 11, 20),
    ("Over 20 working days", 21, None),
)


def stage_due_on(start: date, stage: int, limits: Mapping[int, int]) -> date:
    """The last day of a stage that started on `start`: the limit-th working day after it."""
    if stage not in STAGES:
        raise ValueError(f"There is no stage {stage} of an escalation")
    return add_working_days(start, limits[stage])


def is_overdue(due_on: date, today: date, *, is_open: bool) -> bool:
    return is_open and today > due_on


def has_next_stage(stage: int) -> bool:
    return stage < LAST_STAGE


def working_days_between(start: date, end: date) -> int:
    """The working days after `start` up to and including `end` (0 when end is not after start)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


def age_band(working_days_open: int) -> str:
    for label, low, high in AGE_BANDS:
        if working_days_open >= low and (high is None or working_days_open <= high):
            return label
    return AGE_BANDS[0][0]


@dataclass(frozen=True)
class Clock:
    """Where the current stage stands on a day: its due date, the working days left, or overdue since when."""

    due_on: date
    overdue: bool
    working_days_left: int

    @property
    def words(self) -> str:
        if self.overdue:
            return f"overdue since {self.due_on.day} {self.due_on:%b %Y}"
        if self.working_days_left == 0:
            return "due today"
        plural = "s" if self.working_days_left != 1 else ""
        return f"{self.working_days_left} working day{plural} left"


def clock(due_on: date, today: date, *, is_open: bool) -> Clock:
    overdue = is_overdue(due_on, today, is_open=is_open)
    return Clock(due_on, overdue, 0 if overdue else working_days_between(today, due_on))
