"""How the transfer of a child's records between schools stands on a day, pure: due by, late by N school days,
sent, received (The Education (Pupil Information) (England) Regulations 2005 reg 9(3): within 15 school days of
the child leaving)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from education.school_days import Holidays, add_school_days, school_days_between

RECORDS_SCHOOL_DAYS = 15


def records_due(left_on: date, holidays: Holidays = ()) -> date:
    """The day the old school must have sent the child's records by: 15 school days after the child left."""
    return add_school_days(left_on, RECORDS_SCHOOL_DAYS, holidays)


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


@dataclass(frozen=True)
class RecordsStatus:
    tag: str  # received, sent, late, due
    text: str
    late_by: int = 0  # school days past the due date, while not received

    @property
    def late(self) -> bool:
        return self.late_by > 0


def records_status(
    *,
    due_on: date | None,
    sent_on: date | None,
    received_on: date | None,
    today: date,
    holidays: Holidays = (),
) -> RecordsStatus:
    if received_on is not None and received_on <= today:
        return RecordsStatus("received", f"Received on {_day(received_on)}")
    late_by = 0
    if due_on is not None and today > due_on:  # a weekend just after the due date still counts as late
        late_by = max(1, school_days_between(due_on, today, holidays))
    late = f"late by {late_by} school day{'s' if late_by != 1 else ''}" if late_by else ""
    if sent_on is not None and sent_on <= today:
        text = f"Sent on {_day(sent_on)}, not yet received"
        return RecordsStatus("sent", f"{text}: {late}" if late else text, late_by)
    if late:
        return RecordsStatus("late", f"Not sent: {late} (due by {_day(due_on)})" if due_on else late, late_by)
    if due_on is None:
        return RecordsStatus("due", "No due date")
    return RecordsStatus("due", f"Due by {_day(due_on)}")
