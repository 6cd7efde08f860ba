from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from access.models import AccessGrant
from access.services import HANDOVER_REASON, grant_revoke, handover_grant_create
from accounts.roles import Role
from audit.recording import save_audited
from care import entry_rules
from care.services import care_spans, entry_child
from casework.models import (
    Allocation,
    AllocationRole,
    CaseNote,
    HistorySection,
    LookedAfterReview,
    TransferSummary,
    WishesAndFeelings,
)
from casework.transfer_content import compose
from duties.working_days import add_working_days
from lantern.assign import assign_fields
from lantern.child_records import check_dated, child_record_save
from people.models import Child


@transaction.atomic
def allocation_create(
    *,
    actor: Any,
    child: Child,
    worker: Any,
    role: str,
    start_date: date,
    end_date: date | None = None,
    end_reason: str = "",
) -> Allocation:
    allocation = Allocation(
        child=child, worker=worker, role=role, start_date=start_date, end_date=end_date, end_reason=end_reason
    )
    save_audited(actor=actor, instance=allocation, child_id=child.pk)
    transfer_summary_create(actor=actor, allocation=allocation)
    return allocation


@transaction.atomic
def allocation_update(*, actor: Any, allocation: Allocation, data: dict[str, Any]) -> Allocation:
    assign_fields(allocation, data, ("worker", "role", "start_date", "end_date", "end_reason"))
    save_audited(
        actor=actor, instance=allocation, child_id=allocation.child_id, expected_version=data.get("version")
    )
    _follow_corrected_allocation(actor, allocation)
    return allocation


def _follow_corrected_allocation(actor: Any, allocation: Allocation) -> None:
    """A correction of the new worker or of the day of the change carries into a summary not yet acknowledged, so
    that the right worker can acknowledge it and it falls due from the right day."""
    summary = TransferSummary.objects.filter(allocation=allocation, acknowledged_at__isnull=True).first()
    if summary is None or (summary.incoming_id, summary.changed_on) == (
        allocation.worker_id,
        allocation.start_date,
    ):
        return
    summary.incoming = allocation.worker
    summary.changed_on = allocation.start_date
    summary.due_on = add_working_days(allocation.start_date, TRANSFER_WORKING_DAYS)
    save_audited(actor=actor, instance=summary, child_id=allocation.child_id)


TRANSFER_WORKING_DAYS = 5
NOTE_FIELDS = ("occurred_on", "subject", "body", "significant")


@transaction.atomic
def case_note_create(*, actor: Any, child: Child, data: dict[str, Any]) -> CaseNote:
    note = CaseNote(child=child, author=actor)
    assign_fields(note, data, NOTE_FIELDS)
    return save_audited(actor=actor, instance=note, child_id=child.pk)


@transaction.atomic
def case_note_update(*, actor: Any, note: CaseNote, data: dict[str, Any]) -> CaseNote:
    """A correction by anyone who may edit the record; earlier versions stay in the note's history and the audit
    log. The note's chronology entry changes with it, in the same transaction."""
    assign_fields(note, data, NOTE_FIELDS)
    return save_audited(
        actor=actor, instance=note, child_id=note.child_id, expected_version=data.get("version")
    )


HANDOVER_WINDOW_DAYS = 60
HANDOVER_GRACE_DAYS = 10


def _outgoing(allocation: Allocation) -> Allocation | None:
    """The social worker the child had before this one: allocated before, and still allocated or ended no more
    than HANDOVER_WINDOW_DAYS before the new allocation starts."""
    window = allocation.start_date - timedelta(days=HANDOVER_WINDOW_DAYS)
    return (
        Allocation.objects.filter(
            Q(end_date__isnull=True) | Q(end_date__gte=window),
            child_id=allocation.child_id,
            role=AllocationRole.SOCIAL_WORKER,
            start_date__lte=allocation.start_date,
        )
        .exclude(pk=allocation.pk)
        .exclude(worker_id=allocation.worker_id)
        .order_by("-start_date")
        .select_related("worker")
        .first()
    )


def _what_works_before(allocation: Allocation) -> TransferSummary | None:
    """The latest signed-off summary of the child that says what works for the child: what one worker learnt is
    carried to the next, so that it is not lost at every change of worker (the Child R review, learning point 3).
    The outgoing worker keeps it, changes it or clears it before signing off."""
    return (
        TransferSummary.objects.filter(
            child_id=allocation.child_id,
            signed_off_at__isnull=False,
            changed_on__lte=allocation.start_date,
        )
        .exclude(what_works="")
        .select_related("outgoing")
        .order_by("-changed_on", "-signed_off_at")
        .first()
    )


@transaction.atomic
def transfer_summary_create(*, actor: Any, allocation: Allocation) -> TransferSummary | None:
    """A new allocated social worker replacing another gets a transfer summary at once, composed from the record,
    due for sign-off and acknowledgement within 5 working days of the change."""
    if allocation.role != AllocationRole.SOCIAL_WORKER or allocation.end_date is not None:
        return None  # an allocation recorded after it ended is history, not a handover
    later = Allocation.objects.filter(
        child_id=allocation.child_id, role=AllocationRole.SOCIAL_WORKER, start_date__gt=allocation.start_date
    )
    if later.exists():
        return None
    before = _outgoing(allocation)
    if before is None:
        return None
    content = compose(child=allocation.child, on=allocation.start_date)
    what_works = _what_works_before(allocation)
    if what_works is not None:
        content["what_works_from"] = {
            "changed_on": what_works.changed_on.isoformat(),
            "outgoing": what_works.outgoing.display_name,
        }
    summary = TransferSummary(
        child_id=allocation.child_id,
        allocation=allocation,
        outgoing=before.worker,
        incoming=allocation.worker,
        changed_on=allocation.start_date,
        due_on=add_working_days(allocation.start_date, TRANSFER_WORKING_DAYS),
        content=content,
        what_works=what_works.what_works if what_works is not None else "",
    )
    save_audited(actor=actor, instance=summary, child_id=allocation.child_id)
    until = timezone.make_aware(
        datetime.combine(summary.due_on + timedelta(days=HANDOVER_GRACE_DAYS), time(18))
    )
    if until > timezone.now():
        handover_grant_create(actor=actor, child=allocation.child, user=before.worker, expires_at=until)
    return summary


def may_sign_off(user: Any, summary: TransferSummary) -> bool:
    """The outgoing worker, or a team manager standing in for one who has gone."""
    return summary.signed_off_at is None and (
        user.pk == summary.outgoing_id or getattr(user, "role", "") == Role.TEAM_MANAGER
    )


def may_acknowledge(user: Any, summary: TransferSummary) -> bool:
    return (
        summary.signed_off_at is not None
        and summary.acknowledged_at is None
        and user.pk == summary.incoming_id
    )


@transaction.atomic
def transfer_summary_update(*, actor: Any, summary: TransferSummary, data: dict[str, Any]) -> TransferSummary:
    if not may_sign_off(actor, summary):
        raise PermissionDenied("Only the outgoing worker adds to a summary, before it is signed off")
    assign_fields(summary, data, ("not_in_record", "what_works"))
    if data.get("sign_off"):
        summary.signed_off_at = timezone.now()
    save_audited(
        actor=actor, instance=summary, child_id=summary.child_id, expected_version=data.get("version")
    )
    if summary.signed_off_at is not None:
        for grant in AccessGrant.objects.filter(
            child_id=summary.child_id,
            user_id=summary.outgoing_id,
            reason=HANDOVER_REASON,
            revoked_at__isnull=True,
        ):
            grant_revoke(actor=actor, grant=grant)
    return summary


@transaction.atomic
def transfer_summary_acknowledge(*, actor: Any, summary: TransferSummary) -> TransferSummary:
    if not may_acknowledge(actor, summary):
        raise PermissionDenied("Only the incoming worker acknowledges a signed-off summary")
    summary.acknowledged_at = timezone.now()
    return save_audited(actor=actor, instance=summary, child_id=summary.child_id)


@transaction.atomic
def history_section_save(
    *, actor: Any, child: Child, kind: str, text: str, version: int | None
) -> HistorySection:
    """Saving a section, changed or not, records that this worker reviewed it today."""
    section = HistorySection.objects.filter(child=child, kind=kind).first() or HistorySection(
        child=child, kind=kind
    )
    section.text = text
    section.reviewed_on = timezone.localdate()
    section.reviewed_by = actor
    return save_audited(actor=actor, instance=section, child_id=child.pk, expected_version=version)


@transaction.atomic
def wishes_create(*, actor: Any, child: Child, data: dict[str, Any]) -> WishesAndFeelings:
    said = WishesAndFeelings(child=child, heard_by=actor)
    assign_fields(said, data, ("said_on", "words", "context"))
    return save_audited(actor=actor, instance=said, child_id=child.pk)


@transaction.atomic
def check_review(review: LookedAfterReview, child: Child) -> None:
    """A review held while the child was looked after, with a participation code that fits the child's age at it
    (care.entry_rules). The bundle import checks its reviews with this too."""
    who = entry_child(child)
    for refusal in (
        entry_rules.review_outside_care(review.held_on, care_spans(child.pk), who),
        entry_rules.review_participation(review.held_on, review.participation, who),
    ):
        if refusal is not None:
            raise ValidationError({refusal.field: refusal.message})


def review_save(
    *, actor: Any, review: LookedAfterReview, expected_version: int | None = None
) -> LookedAfterReview:
    """Save a looked-after review, refusing what the SSDA903 return would: a date before the child's birth or
    after today (child_record_save), a review held when the child was not looked after, and a participation code
    that does not fit the child's age at the review (care.entry_rules)."""
    child = Child.objects.select_related("person").select_for_update().get(pk=review.child_id)
    review.full_clean()
    if review.held_on is not None:
        check_dated(child=child, field="held_on", day=review.held_on)
        check_review(review, child)
    return child_record_save(
        actor=actor, instance=review, date_field="held_on", expected_version=expected_version
    )
