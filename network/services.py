"""Writes of the network: members (with their access grant), network meetings with who came and the actions, and
the concerns partners raise. Keyword-only, one transaction each, audited in it (audit.recording); the case bundle
importer calls these same functions.

A member who is a partner with a Lantern account may be given a time-limited grant for the child as they are added
(access.services.grant_create, which audits it); staff are allocated to a child, never granted. Ending a member's
involvement may revoke their grant (access.services.grant_revoke). A meeting is saved with its attendance and
actions as one whole, under the meeting's version."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from access.services import grant_create, grant_revoke
from accounts.roles import is_partner_role
from audit.diff import changes, snapshot
from audit.recording import EditConflict, delete_audited, save_audited
from chronology.services import partner_agency
from chronology.sources import sync
from lantern.child_records import check_dated
from network.models import Concern, MeetingAction, MeetingAttendance, NetworkMeeting, NetworkMember

GRANT_MAX_DAYS = 366  # as access/forms.py GrantForm: a grant is renewed, not given for years


def staff_refusal(user: Any) -> str:
    role = user.get_role_display()
    article = "an" if role[:1].lower() in "aeiou" else "a"
    return (
        f"{user.display_name} is {article} {role.lower()}: social workers, managers and IROs are allocated to the "
        "child, not given a grant. Leave the access out, or allocate them"
    )


def _end_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def grant_active(member: NetworkMember, *, now: datetime | None = None) -> bool:
    grant = member.grant
    moment = now or timezone.now()
    return grant is not None and grant.revoked_at is None and grant.expires_at > moment


def _grant(actor: Any, member: NetworkMember, until: date, reason: str) -> None:
    user = member.user
    if user is None:
        raise ValidationError({"grant_until": "Only someone with a Lantern account can be given access"})
    if not is_partner_role(user.role):
        raise ValidationError({"grant_until": staff_refusal(user)})
    if not reason.strip():
        raise ValidationError({"grant_reason": "Give the reason they need access to the child’s record"})
    if until < timezone.localdate():
        raise ValidationError({"grant_until": "Access must last until today or later"})
    if until > timezone.localdate() + timedelta(days=GRANT_MAX_DAYS):
        raise ValidationError({"grant_until": "Access can last at most a year; renew it when it ends"})
    if grant_active(member):
        raise ValidationError(
            {"grant_until": f"{user.display_name} already has access to this child’s record"}
        )
    member.grant = grant_create(
        actor=actor, child=member.child, user=user, reason=reason.strip(), expires_at=_end_of(until)
    )


@transaction.atomic
def member_save(
    *,
    actor: Any,
    member: NetworkMember,
    grant_until: date | None = None,
    grant_reason: str = "",
    expected_version: int | None = None,
) -> NetworkMember:
    """Add or change a member; with `grant_until`, give them access to the child's record until that day."""
    check_dated(child=member.child, field="from_date", day=member.from_date, allow_future=True)
    check_dated(child=member.child, field="to_date", day=member.to_date, allow_future=True)
    if member._state.adding and member.recorded_by_id is None:
        member.recorded_by = actor
    if not member._state.adding and grant_active(member):
        stored = NetworkMember.objects.filter(pk=member.pk).values_list("user_id", flat=True).first()
        if stored != member.user_id:
            raise ValidationError(
                {
                    "user": "They have access to this child’s record as this member: end their involvement first"
                }
            )
        if member.to_date is not None and member.to_date <= timezone.localdate() and member.grant is not None:
            grant_revoke(actor=actor, grant=member.grant)  # ended here as in member_end
    if grant_until is not None:
        _grant(actor, member, grant_until, grant_reason)
    return save_audited(
        actor=actor, instance=member, child_id=member.child_id, expected_version=expected_version
    )


@transaction.atomic
def member_end(
    *,
    actor: Any,
    member: NetworkMember,
    to_date: date,
    revoke_grant: bool,
    expected_version: int | None = None,
) -> NetworkMember:
    """End a member's involvement on a day up to today; their grant, if any, is revoked when asked."""
    if to_date > timezone.localdate():
        raise ValidationError({"to_date": "Their involvement can be ended today or on a past day"})
    check_dated(child=member.child, field="to_date", day=to_date)
    member.to_date = to_date
    if revoke_grant and member.grant is not None and member.grant.revoked_at is None:
        grant_revoke(actor=actor, grant=member.grant)
    return save_audited(
        actor=actor,
        instance=member,
        child_id=member.child_id,
        reason="involvement ended",
        expected_version=expected_version,
    )


def _rows_saved(
    actor: Any, meeting: NetworkMeeting, rows: Sequence[models.Model], existing: models.QuerySet[Any]
) -> bool:
    """Save the rows given (new and changed), delete the stored ones left out; whether anything changed."""
    changed = False
    kept = {row.pk for row in rows if not row._state.adding}
    for old in existing.exclude(pk__in=kept):
        delete_audited(
            actor=actor, instance=old, child_id=meeting.child_id, reason="removed from the meeting"
        )
        changed = True
    stored = {row.pk: snapshot(row) for row in existing.filter(pk__in=kept)}
    for position, row in enumerate(rows):
        row.meeting = meeting  # type: ignore[attr-defined]
        row.position = position  # type: ignore[attr-defined]
        before = stored.get(row.pk)
        if before is None or changes(before, snapshot(row)):
            save_audited(actor=actor, instance=row, child_id=meeting.child_id)
            changed = True
    return changed


@transaction.atomic
def meeting_save(
    *,
    actor: Any,
    meeting: NetworkMeeting,
    attendance: list[MeetingAttendance],
    actions: list[MeetingAction],
    expected_version: int | None = None,
) -> NetworkMeeting:
    """Save a meeting with who was invited (the whole list) and its actions (the whole list)."""
    child = meeting.child
    check_dated(child=child, field="held_on", day=meeting.held_on)
    check_dated(child=child, field="next_meeting_on", day=meeting.next_meeting_on, allow_future=True)
    for action in actions:
        action.child = child
        check_dated(child=child, field="due_on", day=action.due_on, allow_future=True)
        check_dated(child=child, field="done_on", day=action.done_on)
    if not meeting._state.adding:
        current = NetworkMeeting.objects.select_for_update().get(pk=meeting.pk)
        expected = expected_version if expected_version is not None else meeting.version
        if current.version != expected:
            raise EditConflict(
                instance=current, child_id=child.pk, attempted={"meeting": [None, str(meeting)]}
            )
    if meeting._state.adding and meeting.recorded_by_id is None:
        meeting.recorded_by = actor
    adding, version = meeting._state.adding, meeting.version
    save_audited(actor=actor, instance=meeting, child_id=child.pk, expected_version=expected_version)
    changed = _rows_saved(actor, meeting, attendance, meeting.attendance.all())
    changed = _rows_saved(actor, meeting, actions, meeting.actions.all()) or changed
    if changed and not adding and meeting.version == version:
        meeting.version = version + 1
        NetworkMeeting.objects.filter(pk=meeting.pk).update(version=meeting.version)
    sync(meeting)  # the chronology names who came, known only once the rows are saved
    return meeting


@transaction.atomic
def meeting_delete(*, actor: Any, meeting: NetworkMeeting, reason: str) -> None:
    if not reason.strip():
        raise ValidationError({"reason": "Give the reason for deleting it"})
    for action in meeting.actions.all():
        delete_audited(actor=actor, instance=action, child_id=meeting.child_id, reason=reason)
    for row in meeting.attendance.all():
        delete_audited(actor=actor, instance=row, child_id=meeting.child_id, reason=reason)
    delete_audited(actor=actor, instance=meeting, child_id=meeting.child_id, reason=reason)


@transaction.atomic
def action_done(
    *,
    actor: Any,
    action: MeetingAction,
    done_on: date | None,
    notes: str,
    expected_version: int | None = None,
) -> MeetingAction:
    """Mark an action done on a day (or reopen it with None), with what was done."""
    check_dated(child=action.child, field="done_on", day=done_on)
    if done_on is not None and done_on < action.meeting.held_on:
        raise ValidationError({"done_on": "It cannot be done before the meeting that agreed it"})
    action.done_on = done_on
    action.notes = notes
    return save_audited(
        actor=actor, instance=action, child_id=action.child_id, expected_version=expected_version
    )


@transaction.atomic
def concern_raise(*, actor: Any, concern: Concern) -> Concern:
    """Raise a concern. Once raised it is not changed, but for the worker's read mark and response."""
    if not concern._state.adding:
        raise ValidationError("A concern cannot be changed once raised: raise another one")
    check_dated(child=concern.child, field="noticed_on", day=concern.noticed_on)
    if (agency := partner_agency(actor)) is not None:  # a partner raises it in their own agency's name
        concern.agency = agency[:200]
    concern.raised_by = actor
    concern.raised_at = timezone.now()
    return save_audited(actor=actor, instance=concern, child_id=concern.child_id)


@transaction.atomic
def concern_read(
    *, actor: Any, concern: Concern, response: str, expected_version: int | None = None
) -> Concern:
    """Mark a concern read (the first reader is kept) and record what was done about it."""
    if concern.read_at is None:
        concern.read_by = actor
        concern.read_at = timezone.now()
    concern.response = response.strip()
    return save_audited(
        actor=actor, instance=concern, child_id=concern.child_id, expected_version=expected_version
    )
