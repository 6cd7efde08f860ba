"""The education alerts (alerts/raising.py gathers them; alerts.services.alerts_run raises and closes them):

- SCHOOL_RECORDS_LATE, while a school move is past its records due date (15 school days after the child left: The
  Education (Pupil Information) (England) Regulations 2005 reg 9(3)) and the new school has not received the
  records: to the allocated social workers and to the virtual school (Role.EDUCATION users in the child's network
  as a virtual school member, with a grant in force for the child). Records not sent are late; records sent whose
  receipt the new school has not confirmed are said so, and chased from the new school. Closed when the records are
  received. Only moves whose records fell due in the last records_lookback_days() (education.config) are chased.
- KS4_MOVE_NOT_APPROVED, for a placement move that changed the school of a pupil in Key Stage 4 and was recorded
  without the approval of CPPCR 2010 regs 10 and 11 (R5), as an imported or bundled history can be (the pages and
  the API refuse it): to the allocated social workers and their team managers. Only moves of the last
  KS4_LOOKBACK_DAYS are chased (Key Stage 4 lasts two school years).

Only facts known on the day count; the moves, allocations, network members and grants are read in bulk (a fixed
number of queries, whatever the number of children)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from django.db.models import Q
from django.urls import reverse

from access.models import AccessGrant
from accounts.roles import Role
from alerts.models import AlertKind
from alerts.raising import Wanted
from casework.models import AllocationRole
from casework.selectors import current_allocations
from education.config import records_lookback_days, school_holidays
from education.ks4 import PLACEMENT_MOVE
from education.models import SchoolMove
from education.records import RecordsStatus, records_status
from education.services import move_approval_problems
from network.models import AgencyKind, NetworkMember
from risk.selectors import day_bounds

EDUCATION_KINDS = frozenset({AlertKind.SCHOOL_RECORDS_LATE, AlertKind.KS4_MOVE_NOT_APPROVED})
RULE_RECORDS = "EDU-RECORDS"  # The Education (Pupil Information) (England) Regulations 2005 reg 9(3)
RULE_KS4 = "R5"
KS4_LOOKBACK_DAYS = 730
WORKER = "The allocated social worker"


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _link(child_id: object, move_id: object) -> str:
    return reverse("education:record", args=[child_id]) + f"#move-{move_id}"


def _people(child_ids: Iterable[object], day: date) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """The allocated social workers of each child, and their team managers: one query."""
    workers: dict[str, set[int]] = defaultdict(set)
    managers: dict[str, set[int]] = defaultdict(set)
    rows = current_allocations(day).filter(child_id__in=list(child_ids), role=AllocationRole.SOCIAL_WORKER)
    for child_id, worker_id, manager_id in rows.values_list(
        "child_id", "worker_id", "worker__team__manager_id"
    ):
        workers[str(child_id)].add(worker_id)
        if manager_id is not None:
            managers[str(child_id)].add(manager_id)
    return workers, managers


def virtual_school_users(child_ids: Iterable[object], day: date) -> dict[str, set[int]]:
    """The virtual school's Lantern users who may see each child on the day: members of the child's network of
    agency kind virtual school, with Role.EDUCATION and a grant in force for the child (two queries)."""
    ids = list(child_ids)
    members = NetworkMember.objects.filter(
        Q(to_date__isnull=True) | Q(to_date__gte=day),
        child_id__in=ids,
        agency_kind=AgencyKind.VIRTUAL_SCHOOL,
        from_date__lte=day,
        user__isnull=False,
        user__is_active=True,
        user__role=Role.EDUCATION,
    ).values_list("child_id", "user_id")
    wanted = {(str(child_id), user_id) for child_id, user_id in members}
    if not wanted:
        return {}
    _, end = day_bounds(day)
    moment = end - timedelta(microseconds=1)
    grants = AccessGrant.objects.filter(
        Q(revoked_at__isnull=True) | Q(revoked_at__gt=moment),
        child_id__in=ids,
        user_id__in={user_id for _, user_id in wanted},
        starts_at__lte=moment,
        expires_at__gt=moment,
    ).values_list("child_id", "user_id")
    found: dict[str, set[int]] = defaultdict(set)
    for child_id, user_id in grants:
        if (str(child_id), user_id) in wanted:
            found[str(child_id)].add(user_id)
    return found


def _wanted(
    kind: str, move: SchoolMove, recipients: set[int], title: str, *, rule: str, action_by: str
) -> Iterator[Wanted]:
    """One alert of `kind` about the move for each recipient, linked to the move on the education record."""
    for recipient in sorted(recipients):
        yield Wanted(
            f"{kind}:{move.pk}:{recipient}",
            kind,
            recipient,
            move.child_id,
            title,
            _link(move.child_id, move.pk),
            rule=rule,
            action_by=action_by,
        )


def _late_records_title(move: SchoolMove, due_on: date, status: RecordsStatus) -> tuple[str, str]:
    """The alert's title and who acts: records not sent are late from the old school; records sent but not
    confirmed received wait on the new school."""
    moved = f"{move.child.person.full_name}: the school records for the move of {_day(move.left_on)}"
    late = f"late by {status.late_by} school day{'s' if status.late_by != 1 else ''}"
    sent_on = move.records_sent_on
    if status.tag == "sent" and sent_on is not None:
        return (
            f"{moved} were sent on {_day(sent_on)}, but the new school has not confirmed receiving them "
            f"(due by {_day(due_on)}, now {late})",
            "The new school confirms it received them; the virtual school chases it",
        )
    return (
        f"{moved} were due by {_day(due_on)} and have not been sent ({late})",
        "The old school; the virtual school chases it",
    )


def _late_records(today: date) -> Iterator[Wanted]:
    moves = list(
        SchoolMove.objects.filter(
            Q(records_received_on__isnull=True) | Q(records_received_on__gt=today),
            records_due_on__lt=today,
            records_due_on__gte=today - timedelta(days=records_lookback_days()),
            left_on__lte=today,
        ).select_related("child__person", "from_school", "to_school")
    )
    if not moves:
        return
    child_ids = {m.child_id for m in moves}
    workers, _ = _people(child_ids, today)
    schools = virtual_school_users(child_ids, today)
    holidays = school_holidays()
    for move in moves:
        child_id = str(move.child_id)
        if move.records_due_on is None:  # the query asks for a due date; this tells mypy so
            continue
        status = records_status(
            due_on=move.records_due_on,
            sent_on=move.records_sent_on,
            received_on=None,
            today=today,
            holidays=holidays,
        )
        title, action_by = _late_records_title(move, move.records_due_on, status)
        yield from _wanted(
            AlertKind.SCHOOL_RECORDS_LATE,
            move,
            workers.get(child_id, set()) | schools.get(child_id, set()),
            title[:300],
            rule=RULE_RECORDS,
            action_by=action_by,
        )


def _ks4_not_approved(today: date) -> Iterator[Wanted]:
    moves = list(
        SchoolMove.objects.filter(
            reason=PLACEMENT_MOVE, left_on__lte=today, left_on__gte=today - timedelta(days=KS4_LOOKBACK_DAYS)
        ).select_related("child__person", "from_school", "placement__carer_record")
    )
    unapproved = [m for m in moves if move_approval_problems(m)]
    if not unapproved:
        return
    workers, managers = _people({m.child_id for m in unapproved}, today)
    for move in unapproved:
        child_id = str(move.child_id)
        title = (
            f"{move.child.person.full_name}: the school move of {_day(move.left_on)} came from a placement move in "
            "Key Stage 4 and has no record of the approval it needs"
        )
        yield from _wanted(
            AlertKind.KS4_MOVE_NOT_APPROVED,
            move,
            workers.get(child_id, set()) | managers.get(child_id, set()),
            title,
            rule=RULE_KS4,
            action_by="The nominated officer (the Director for a distant placement)",
        )


def education_alerts(today: date) -> Iterator[Wanted]:
    yield from _late_records(today)
    yield from _ks4_not_approved(today)
