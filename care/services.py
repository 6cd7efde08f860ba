"""Writing periods of care, legal statuses and placements, refusing at entry what the SSDA903 rules would reject
later: a record that starts before the child's birth, overlapping records of one kind, and a legal status or
placement outside any period of care. The child's legal status summary follows the records."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction

from audit.recording import delete_audited, save_audited
from care.models import CarerProvider, LegalStatusRecord, PeriodOfCare, Placement, RegisterStatus
from lantern.child_records import check_dated
from people.models import Child

CareRecord = PeriodOfCare | LegalStatusRecord | Placement
_NAMES = {PeriodOfCare: "period of care", LegalStatusRecord: "legal status", Placement: "placement"}


def _overlaps(record: CareRecord, other: CareRecord) -> bool:
    """Periods of care may not touch. A legal status or placement may end on the day the next begins: SSDA903
    records a change that way (the episode's DEC is the next episode's DECOM)."""
    a_end, b_end = record.end_date or date.max, other.end_date or date.max
    if isinstance(record, PeriodOfCare):
        return record.start_date <= b_end and other.start_date <= a_end
    return record.start_date == other.start_date or (record.start_date < b_end and other.start_date < a_end)


def check_no_overlap(record: CareRecord) -> None:
    model = type(record)
    others = model._default_manager.filter(child_id=record.child_id).exclude(pk=record.pk)
    for other in others:
        if _overlaps(record, other):
            name = _NAMES[model]
            raise ValidationError(
                {
                    "start_date": f"This {name} overlaps the {name} from {other.start_date:%d/%m/%Y}: end that one first"
                }
            )


def check_within_care(record: LegalStatusRecord | Placement) -> None:
    periods = PeriodOfCare.objects.filter(child_id=record.child_id)
    if not any(
        p.start_date <= record.start_date
        and (p.end_date is None or (record.end_date or date.max) <= p.end_date)
        for p in periods
    ):
        name = _NAMES[type(record)]
        raise ValidationError(
            {
                "start_date": f"A {name} must fall within a period of care: record when the child became looked after first"
            }
        )


def sync_child_summary(child: Child) -> None:
    """The child's page shows the legal status now; it follows the latest legal status record."""
    latest = LegalStatusRecord.objects.filter(child=child).order_by("-start_date").first()
    period = PeriodOfCare.objects.filter(child=child).order_by("-start_date").first()
    status = latest.code if latest and latest.end_date is None else ""
    since = latest.start_date if latest and latest.end_date is None else None
    looked_after = period.start_date if period and period.end_date is None else None
    if (child.legal_status, child.legal_status_since, child.looked_after_since) != (
        status,
        since,
        looked_after,
    ):
        type(child).objects.filter(pk=child.pk).update(
            legal_status=status, legal_status_since=since, looked_after_since=looked_after
        )
        child.legal_status, child.legal_status_since, child.looked_after_since = status, since, looked_after


def check_register_entry(placement: Placement) -> None:
    """A placement is made with a register entry only while the entry is approved and taking placements; one that
    already has the entry keeps it when the entry is later put on hold or closed. A blank carer name takes the
    entry's."""
    if placement.carer_record_id is None:
        return
    entry = CarerProvider.objects.filter(pk=placement.carer_record_id).first()
    if entry is None:
        return  # full_clean names the unknown entry
    if not placement.carer.strip():
        placement.carer = entry.name
    kept = (
        not placement._state.adding
        and Placement.objects.filter(pk=placement.pk, carer_record_id=entry.pk).exists()
    )
    if entry.status != RegisterStatus.ACTIVE and not kept:
        raise ValidationError(
            {
                "carer_record": f"{entry} is {entry.get_status_display().lower()}: choose a carer or provider "
                "that is approved and taking placements"
            }
        )


@transaction.atomic
def care_record_save(*, actor: Any, record: CareRecord, expected_version: int | None = None) -> CareRecord:
    child = Child.objects.select_related("person").select_for_update().get(pk=record.child_id)
    check_dated(child=child, field="start_date", day=record.start_date)
    check_dated(child=child, field="end_date", day=record.end_date)
    if isinstance(record, Placement):
        check_register_entry(record)
    record.full_clean()
    check_no_overlap(record)
    if not isinstance(record, PeriodOfCare):
        check_within_care(record)
    save_audited(actor=actor, instance=record, child_id=child.pk, expected_version=expected_version)
    sync_child_summary(child)
    return record


@transaction.atomic
def care_record_delete(*, actor: Any, record: models.Model, reason: str) -> None:
    child = Child.objects.select_for_update().get(pk=record.child_id)  # type: ignore[attr-defined]
    if isinstance(record, PeriodOfCare):
        inside = [
            r
            for model in (LegalStatusRecord, Placement)
            for r in model._default_manager.filter(child=child, start_date__gte=record.start_date)
            if record.end_date is None or r.start_date <= record.end_date
        ]
        if inside:
            raise ValidationError("Remove the legal statuses and placements in this period of care first")
    if isinstance(record, Placement) and (record.notifications.exists() or record.plans.exists()):
        raise ValidationError("Delete this placement’s notifications and placement plans first")
    delete_audited(actor=actor, instance=record, child_id=child.pk, reason=reason)
    sync_child_summary(child)
