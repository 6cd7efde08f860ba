"""Writing periods of care, legal statuses and placements, refusing at entry what the SSDA903 rules would reject
later (care/entry_rules.py says which and why): a record that starts before the child's birth, overlapping records
of one kind, a legal status or placement outside any period of care (or left outside by a change to the period), a
retired placement type, a placement type or legal status the child is too young for, a provider that cannot
provide the placement. The child's legal status summary follows the records."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction

from audit.recording import delete_audited, save_audited
from care import entry_rules as rules
from care.models import CarerProvider, LegalStatusRecord, PeriodOfCare, Placement, RegisterStatus
from lantern.child_records import check_dated
from people.models import Child

CareRecord = PeriodOfCare | LegalStatusRecord | Placement
_NAMES = {PeriodOfCare: "period of care", LegalStatusRecord: "legal status", Placement: "placement"}


def _span(record: Any) -> rules.Span:
    return rules.Span(record.start_date, record.end_date)


def _refuse(refusal: rules.Refusal | None) -> None:
    if refusal is not None:
        raise ValidationError({refusal.field: refusal.message})


def entry_child(child: Child) -> rules.Child:
    person = child.person
    return rules.Child(name=person.forename or "the child", born=person.date_of_birth)


def care_spans(child_id: Any, *, excluding: Any = None) -> list[rules.Span]:
    """The child's periods of care as spans, leaving out the one being changed."""
    periods = PeriodOfCare.objects.filter(child_id=child_id).exclude(pk=excluding)
    return [rules.Span(start, end) for start, end in periods.values_list("start_date", "end_date")]


def check_no_overlap(record: CareRecord) -> None:
    """No two periods of care, legal statuses or placements of the child at once (care.entry_rules.overlap)."""
    model = type(record)
    others = model._default_manager.filter(child_id=record.child_id).exclude(pk=record.pk)
    spans = [rules.Span(start, end) for start, end in others.values_list("start_date", "end_date")]
    _refuse(
        rules.overlap(_NAMES[model], _span(record), spans, may_touch=not isinstance(record, PeriodOfCare))
    )


def check_within_care(record: LegalStatusRecord | Placement) -> None:
    """A legal status or placement falls within a period of care (care.entry_rules.outside_care)."""
    _refuse(rules.outside_care(_NAMES[type(record)], _span(record), care_spans(record.child_id)))


def check_record(record: CareRecord, child: Child) -> None:
    """The rules one record can be checked against with the child's date of birth (care.entry_rules)."""
    who = entry_child(child)
    if isinstance(record, PeriodOfCare):
        _refuse(rules.care_starts_too_old(record.start_date, who))
    elif isinstance(record, LegalStatusRecord):
        _refuse(rules.legal_status_too_young(record.code, record.start_date, who))
        _refuse(rules.legal_status_too_long(record.code, _span(record)))
    else:
        _refuse(rules.retired_placement(record.place, _span(record)))
        _refuse(rules.provider_mismatch(record.place, record.provider))
        _refuse(rules.placement_too_young(record.place, record.start_date, who))
    if not isinstance(record, PeriodOfCare):
        check_section_20(record)


def _spans(model: type[LegalStatusRecord | Placement], **match: Any) -> list[rules.Span]:
    found = model._default_manager.filter(**match).values_list("start_date", "end_date")
    return [rules.Span(start, end) for start, end in found]


def check_section_20(record: LegalStatusRecord | Placement) -> None:
    """No placement with parents (P1) while under section 20 (V2): care.entry_rules.placed_at_home_under_section_20
    (validator rule 378)."""
    if isinstance(record, Placement) and record.place == "P1":
        statuses = [("V2", span) for span in _spans(LegalStatusRecord, child_id=record.child_id, code="V2")]
        clash = rules.placed_at_home_under_section_20([("P1", _span(record))], statuses)
        _refuse(rules.section_20_refusal(clash, saving="placement"))
    elif isinstance(record, LegalStatusRecord) and record.code == "V2":
        homes = [("P1", span) for span in _spans(Placement, child_id=record.child_id, place="P1")]
        clash = rules.placed_at_home_under_section_20(homes, [("V2", _span(record))])
        _refuse(rules.section_20_refusal(clash, saving="legal status"))


def check_period_keeps_records(period: PeriodOfCare) -> None:
    """A period of care that is changed still holds its legal statuses, placements and reviews, unless another
    period holds them (care.entry_rules.left_outside)."""
    if period._state.adding:
        return
    was = PeriodOfCare.objects.filter(pk=period.pk).values_list("start_date", "end_date").first()
    if was is None:
        return
    child_id = period.child_id
    records = [
        (noun, rules.Span(start, end))
        for noun, model in (("legal status", LegalStatusRecord), ("placement", Placement))
        for start, end in model._default_manager.filter(child_id=child_id).values_list(
            "start_date", "end_date"
        )
    ]
    reviews = period.child.reviews.values_list("held_on", flat=True)
    records += [("looked-after review", rules.Span(held_on, held_on)) for held_on in reviews]
    _refuse(
        rules.left_outside(
            _span(period), rules.Span(*was), records, care_spans(child_id, excluding=period.pk)
        )
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
    check_record(record, child)
    check_no_overlap(record)
    if isinstance(record, PeriodOfCare):
        check_period_keeps_records(record)
    else:
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
        others = care_spans(child.pk, excluding=record.pk)
        for held_on in child.reviews.order_by("held_on").values_list("held_on", flat=True):
            if rules.Span(record.start_date, record.end_date).covers(held_on) and not any(
                p.covers(held_on) for p in others
            ):
                raise ValidationError(
                    f"This period of care holds the looked-after review of {rules.day(held_on)}: correct or "
                    "remove that review first"
                )
    if isinstance(record, Placement) and (record.notifications.exists() or record.plans.exists()):
        raise ValidationError("Delete this placement’s notifications and placement plans first")
    delete_audited(actor=actor, instance=record, child_id=child.pk, reason=reason)
    sync_child_summary(child)
