"""How one occurrence of a duty stands on the day asked about, and how a recurring duty runs on from each record.

The contract every rule shares:
- ON_TIME: satisfied by a record dated on or before the due date; LATE: satisfied by a later record.
- DUE: not satisfied and the due date has not passed; OVERDUE: not satisfied and the due date has passed.
- MISSED: not satisfied, past due, and the placement or period it belonged to ended before the day asked about.
- Lapsed (left out altogether): not satisfied and due after its placement or period ended: once the child has left
  the placement or care, the obligation never fell due.
- A recurring chain lists every occurrence up to the day asked about and then the next one not yet due. It stops
  at the first occurrence not satisfied: an overdue occurrence stands until it is done, with nothing invented after
  it. The next occurrence counts its interval from the record that satisfied the last one, late or not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from duties.duty import Duty, Status
from duties.facts import Ref

# (rule code, due on, about): one occurrence a chain asks for next.
Step = tuple[str, date, str]
Record = tuple[date, Ref]
ONE_DAY = timedelta(days=1)


def status_of(due_on: date, done_on: date | None, as_of: date, ended: date | None) -> Status:
    if done_on is not None:
        return Status.ON_TIME if done_on <= due_on else Status.LATE
    if as_of <= due_on:
        return Status.DUE
    if ended is not None and ended < as_of:
        return Status.MISSED
    return Status.OVERDUE


def occurrence(
    rule: str,
    child_id: str,
    due_on: date,
    about: str,
    *,
    as_of: date,
    window_from: date | None,
    done: Record | None,
    ended: date | None,
) -> Duty | None:
    """One occurrence, or None when it lapsed (never done, and due after its placement or period ended)."""
    if done is None:
        if ended is not None and due_on > ended:
            return None
        return Duty(rule, child_id, due_on, status_of(due_on, None, as_of, ended), about, window_from)
    return Duty(rule, child_id, due_on, status_of(due_on, done[0], as_of, ended), about, window_from, *done)


def run_chain(
    child_id: str,
    first: Step,
    window_from: date,
    records: Sequence[Record],
    follow: Callable[[date, int], Step | None],
    *,
    as_of: date,
    ended: date | None,
) -> list[Duty]:
    """A recurring duty. `first` is the first occurrence, which any record dated from `window_from` satisfies;
    `follow(done_on, n)` gives the occurrence after the n-th one was satisfied on `done_on` (None: the chain ends),
    which the first record dated after `done_on` satisfies. `records` are sorted and already bounded to the
    placement or period and to the day asked about."""
    duties: list[Duty] = []
    step: Step | None = first
    low = window_from
    index = 0
    count = len(records)
    while step is not None:
        rule, due_on, about = step
        while index < count and records[index][0] < low:
            index += 1
        if index < count:
            done_on, ref = records[index]
            status = Status.ON_TIME if done_on <= due_on else Status.LATE
            duties.append(Duty(rule, child_id, due_on, status, about, low, done_on, ref))
        else:
            duty = occurrence(
                rule, child_id, due_on, about, as_of=as_of, window_from=low, done=None, ended=ended
            )
            if duty is not None:
                duties.append(duty)
            break
        index += 1
        low = done_on + ONE_DAY
        step = follow(done_on, len(duties))
    return duties
