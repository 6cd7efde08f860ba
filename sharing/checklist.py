"""The sharing checklist of a placement: what its carers, and for an out-of-borough placement the host authority,
must have been given and have acknowledged. A pure rule: no database, tested directly.

Sources:
- Child R serious case review, learning point 5: carers must be "given full and good information about the
  determined needs of the child and the current plans, as well as relevant history", which is harder out of
  borough. So the carers receive AND acknowledge the history summary, the care plan, the placement plan, and the
  risk plan when the child has one.
- CPPCR 2010 reg 9 (statutory-rules.md R3): the placement plan before the placement or within 5 working days of
  its start, agreed with the carer. The same 5 working days are given for everything on the checklist.
- CPPCR 2010 reg 13, with the area authority added by SI 2013/3239 (statutory-rules.md R4): an out-of-area placement
  is notified to the authority of the area where the child lives (the host authority) within 5 working days. A
  notification recorded on the care record (casework PlacementNotification to the area authority) counts as sent, so
  the worker never keys it twice; only a record of information shared can carry the host's acknowledgement.
- A risk plan agreed after the placement started is due 5 working days after it was agreed: each line has its own
  due date, and a checklist is overdue when a line is not done after its own due date.
- Not chased (shown, never overdue): a temporary placement (SSDA903 placement codes T0 to T4: hospital, holiday,
  respite of 7 days or less), and a placement that started before the authority began the checklist
  (LANTERN_SHARING_CHECKLIST_FROM, see sharing/config.py).

The item and recipient codes are those of sharing.models.Item and network.models.AgencyKind."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from duties.working_days import add_working_days

DUE_WORKING_DAYS = 5
CARER = "carer"
HOST_AUTHORITY = "host_authority"
HOST_NOTIFICATION = "placement_notification"
RISK_PLAN = "risk_plan"
CARER_ITEMS: tuple[tuple[str, str], ...] = (
    ("history_summary", "the history summary"),
    ("care_plan", "the care plan"),
    ("placement_plan", "the placement plan"),
    (RISK_PLAN, "the risk plan"),
)
HOST_LABEL = "the notification of the placement"
TEMPORARY_PLACEMENTS = frozenset({"T0", "T1", "T2", "T3", "T4"})  # care.codes.PlacementType
NOT_CHASED_TEMPORARY = "a temporary placement"
NOT_CHASED_BEFORE = "before the checklist began"


class State(StrEnum):
    DONE = "done"  # shared and acknowledged
    WAITING = "waiting"  # shared, not acknowledged yet
    MISSING = "missing"  # not shared


STATE_TEXT = {
    State.DONE: "Shared and acknowledged",
    State.WAITING: "Shared, not acknowledged",
    State.MISSING: "Not shared",
}


@dataclass(frozen=True)
class Shared:
    """One thing shared for the placement, as the rule sees it."""

    item: str
    recipient_kind: str
    shared_on: date
    acknowledged_on: date | None = None


@dataclass(frozen=True)
class Line:
    item: str
    label: str  # "the care plan"
    recipient_kind: str  # who must receive it: the carers or the host authority
    state: State
    shared_on: date | None
    acknowledged_on: date | None
    due_on: date
    notified_only: bool = False  # waiting on a casework notification alone: no record to acknowledge yet

    @property
    def state_text(self) -> str:
        return STATE_TEXT[self.state]

    @property
    def heading(self) -> str:
        return self.label[4:5].upper() + self.label[5:]  # "Care plan"


@dataclass(frozen=True)
class Checklist:
    start: date
    due_on: date
    lines: tuple[Line, ...]
    today: date
    not_chased: str = (
        ""  # why it is not chased ("a temporary placement", "before the checklist began"), or ""
    )

    @property
    def complete(self) -> bool:
        return all(line.state == State.DONE for line in self.lines)

    def late(self) -> tuple[Line, ...]:
        """The lines not done after their own due date (none when the placement is not chased)."""
        if self.not_chased:
            return ()
        return tuple(line for line in self.lines if line.state != State.DONE and self.today > line.due_on)

    @property
    def overdue(self) -> bool:
        return bool(self.late())

    @property
    def overdue_since(self) -> date | None:
        """The earliest due date missed, or None when nothing is overdue."""
        return min((line.due_on for line in self.late()), default=None)

    def for_carers(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.recipient_kind == CARER)

    def for_host(self) -> Line | None:
        return next((line for line in self.lines if line.recipient_kind == HOST_AUTHORITY), None)


def due_on(start: date) -> date:
    """Everything is due 5 working days after the placement starts (R3, R4)."""
    return add_working_days(start, DUE_WORKING_DAYS)


def _line(item: str, label: str, kind: str, shared: list[Shared], due: date) -> Line:
    acknowledged = sorted(s.acknowledged_on for s in shared if s.acknowledged_on is not None)
    first_shared = min((s.shared_on for s in shared), default=None)
    if acknowledged:
        state = State.DONE
    elif shared:
        state = State.WAITING
    else:
        state = State.MISSING
    return Line(item, label, kind, state, first_shared, acknowledged[0] if acknowledged else None, due)


def checklist(
    *,
    start: date,
    out_of_borough: bool,
    has_risk_plan: bool,
    shared: Iterable[Shared],
    area_authority_notified_on: date | None = None,
    risk_plan_agreed_on: date | None = None,
    temporary: bool = False,
    checklist_from: date | None = None,
    today: date,
) -> Checklist:
    """The checklist of a placement that started on `start`, as it stood on `today`: only what was shared, and
    acknowledged, on or before that day counts. The risk plan is due 5 working days after the later of the start and
    `risk_plan_agreed_on`. A `temporary` placement, or one started before `checklist_from`, is not chased."""
    known = [s for s in shared if s.shared_on <= today]
    known = [
        Shared(s.item, s.recipient_kind, s.shared_on, s.acknowledged_on)
        if s.acknowledged_on is None or s.acknowledged_on <= today
        else Shared(s.item, s.recipient_kind, s.shared_on, None)
        for s in known
    ]
    lines = []
    placement_due = due_on(start)
    for item, label in CARER_ITEMS:
        if item == RISK_PLAN and not has_risk_plan:
            continue
        due = placement_due
        if item == RISK_PLAN and risk_plan_agreed_on is not None:
            due = due_on(max(start, risk_plan_agreed_on))
        to_carers = [s for s in known if s.item == item and s.recipient_kind == CARER]
        lines.append(_line(item, label, CARER, to_carers, due))
    if out_of_borough:
        to_host = [s for s in known if s.item == HOST_NOTIFICATION and s.recipient_kind == HOST_AUTHORITY]
        notified_only = (
            not to_host and area_authority_notified_on is not None and area_authority_notified_on <= today
        )
        if area_authority_notified_on is not None and area_authority_notified_on <= today:
            to_host.append(Shared(HOST_NOTIFICATION, HOST_AUTHORITY, area_authority_notified_on))
        line = _line(HOST_NOTIFICATION, HOST_LABEL, HOST_AUTHORITY, to_host, placement_due)
        lines.append(replace(line, notified_only=notified_only))
    not_chased = ""
    if temporary:
        not_chased = NOT_CHASED_TEMPORARY
    elif checklist_from is not None and start < checklist_from:
        not_chased = NOT_CHASED_BEFORE
    return Checklist(start, placement_due, tuple(lines), today, not_chased)


def listed(labels: list[str]) -> str:
    """ "the care plan", "the care plan and the risk plan", "a, b and c"."""
    if len(labels) <= 1:
        return "".join(labels)
    return f"{', '.join(labels[:-1])} and {labels[-1]}"


def _pending(found: Checklist, kind: str, late_only: bool) -> tuple[Line, ...]:
    lines = found.late() if late_only else found.lines
    return tuple(line for line in lines if line.recipient_kind == kind and line.state != State.DONE)


def earliest_missed(found: Checklist, kind: str) -> date | None:
    """The earliest due date missed by what this recipient (CARER or HOST_AUTHORITY) still lacks, or None."""
    return min((line.due_on for line in _pending(found, kind, True)), default=None)


def carers_outstanding(found: Checklist, *, late_only: bool = False) -> str:
    """What the carers still lack (only what is past its own due date with `late_only`): "have not been given the
    care plan and have not acknowledged the risk plan", or "" when nothing."""
    lines = _pending(found, CARER, late_only)
    missing = [line.label for line in lines if line.state == State.MISSING]
    waiting = [line.label for line in lines if line.state == State.WAITING]
    parts = []
    if missing:
        parts.append(f"have not been given {listed(missing)}")
    if waiting:
        parts.append(f"have not acknowledged {listed(waiting)}")
    return " and ".join(parts)


def host_outstanding(found: Checklist, *, late_only: bool = False) -> str:
    """What the host authority still lacks (past its due date with `late_only`), or "" when nothing (or not out of
    borough)."""
    line = next(iter(_pending(found, HOST_AUTHORITY, late_only)), None)
    if line is None:
        return ""
    if line.state == State.MISSING:
        return "has not been notified of the placement"
    return "has not acknowledged the notification of the placement"
