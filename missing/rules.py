"""When the return interview falls due, as a pure function of the times (no ORM).

Statutory guidance on children who run away or go missing from home or care (DfE 2014), as summarised in
../shared/reference/statutory-rules.md M5: a child who returns must be offered an independent return interview within
72 hours of coming back. M6: when none is done, the reason is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

RETURN_INTERVIEW_HOURS = 72
# How long an offer not made stays an alert: four weeks after the return (the return interview service's grant,
# missing/grants.py), when an interview would no longer catch what the child could say. After that the gap stays in
# the record and in the pattern (missing/patterns.py, no_interview), not in anyone's inbox for ever.
CHASE_DAYS = 28


@dataclass(frozen=True)
class InterviewStatus:
    code: str  # "waiting_return", "due", "overdue", "offered", "offered_late", "done", "declined", "not_done"
    text: str
    late: bool = False


def offer_due_by(ended_at: datetime) -> datetime:
    return ended_at + timedelta(hours=RETURN_INTERVIEW_HOURS)


def _hours(delta: timedelta) -> int:
    return round(delta.total_seconds() / 3600)


def interview_status(
    *,
    ended_at: datetime | None,
    offered_at: datetime | None,
    response: str,
    done: bool,
    no_interview_reason: str,
    now: datetime,
) -> InterviewStatus:
    """Where the return interview stands at `now`: an offer is on time when made within 72 hours of the return."""
    if ended_at is None:
        return InterviewStatus("waiting_return", "Offered once the child is back")
    due = offer_due_by(ended_at)
    if offered_at is None or offered_at > now:
        if no_interview_reason:
            return InterviewStatus("not_done", "Not offered; the reason is recorded", late=now > due)
        if now > due:
            return InterviewStatus(
                "overdue", f"Not offered: {_hours(now - ended_at)} hours since the return", True
            )
        return InterviewStatus("due", f"To be offered within {_hours(due - now)} hours")
    late = offered_at > due
    when = f"{_hours(offered_at - ended_at)} hours after the return"
    if done:
        return InterviewStatus("done", f"Done; offered {when}", late)
    if response == "declined":
        return InterviewStatus("declined", f"Offered {when}; the child declined", late)
    return InterviewStatus("offered_late" if late else "offered", f"Offered {when}", late)


def offer_overdue(
    *, ended_at: datetime | None, offered_at: datetime | None, reason_given: bool, at: datetime
) -> bool:
    """True when, at `at`, more than 72 hours have passed since the return and no offer had been made by then, nor a
    reason recorded why none will be (M5, M6). An offer made late ends it: the alert has done its work; so does the
    end of CHASE_DAYS."""
    if ended_at is None or at <= offer_due_by(ended_at) or reason_given:
        return False
    if at > ended_at + timedelta(days=CHASE_DAYS):
        return False
    return offered_at is None or offered_at > at
