"""Writing previous permanence and adoption decisions, audited, refusing at entry what the SSDA903 rules would
reject in the return (csc-validator-be-903 rule codes at each check): dates before the child's birth or in the
future, an order dated on or after the period of care began, a decision outside any period of care, after the
placement order or the placement for adoption, or overlapping another decision."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from audit.recording import delete_audited, save_audited
from care.models import LegalStatusRecord, PeriodOfCare, Placement
from lantern.child_records import check_dated
from people.models import Child
from permanence.codes import ADOPTED, ADOPTION_PLACEMENTS, PLACEMENT_ORDER
from permanence.models import AdoptionDecision, PreviousPermanence
from permanence.rules import date_span, foster_carer_problem


def _locked_child(child_id: Any) -> Child:
    return Child.objects.select_related("person").select_for_update().get(pk=child_id)


@transaction.atomic
def previous_permanence_save(
    *, actor: Any, record: PreviousPermanence, expected_version: int | None = None
) -> PreviousPermanence:
    child = _locked_child(record.child_id)
    period = PeriodOfCare.objects.filter(pk=record.period_id, child=child).first()
    if period is None:
        raise ValidationError({"period": "Choose one of the child’s periods of care"})
    taken = PreviousPermanence.objects.filter(period=period).exclude(pk=record.pk).exists()
    if taken:
        raise ValidationError(
            {"period": "Previous permanence is already recorded for this period of care: change that record"}
        )
    record.full_clean(validate_unique=False)
    check_previous_permanence(record, child, period)
    return save_audited(actor=actor, instance=record, child_id=child.pk, expected_version=expected_version)


def check_previous_permanence(record: PreviousPermanence, child: Child, period: PeriodOfCare | None) -> None:
    """The order date, as much of it as is known, is neither before the child's birth nor after today, and before
    the period of care began (rule 632; not checked without a period)."""
    if record.order_date is None:
        return
    first, last = date_span(record.order_date, record.order_date_precision)
    check_dated(child=child, field="order_date", day=first)
    if period is not None and last >= period.start_date:
        raise ValidationError(
            {
                "order_date": f"The order must be before the child became looked after on {period.start_date:%d/%m/%Y}"
            }
        )


def _period_of(child: Child, day: date) -> PeriodOfCare | None:
    return (
        PeriodOfCare.objects.filter(child=child, start_date__lte=day)
        .exclude(end_date__lt=day)
        .order_by("-start_date")
        .first()
    )


def _within_period(decision: AdoptionDecision, period: PeriodOfCare) -> None:
    """The decision ceases, and the child is matched, while looked after (rule 117); the adoption itself ends the
    period after the match (rule 582)."""
    end = period.end_date
    if end is None:
        return
    if decision.ceased_on and decision.ceased_on > end:
        raise ValidationError(
            {
                "ceased_on": f"The decision ceased by the day the child stopped being looked after ({end:%d/%m/%Y})"
            }
        )
    if decision.matched_on and (
        decision.matched_on > end or (decision.matched_on == end and period.end_reason in ADOPTED)
    ):
        raise ValidationError(
            {"matched_on": f"The child is matched before they stopped being looked after on {end:%d/%m/%Y}"}
        )


def _in_period(model: Any, period: PeriodOfCare) -> Any:
    found = model.objects.filter(child_id=period.child_id, start_date__gte=period.start_date)
    return found if period.end_date is None else found.filter(start_date__lte=period.end_date)


def _against_orders_and_placements(decision: AdoptionDecision, period: PeriodOfCare) -> None:
    """The decision comes on or before the placement order (rule 554) and the placement for adoption (rules 552 and
    521); the match comes by the placement for adoption (rule 331); whether the adopters are the foster carers agrees
    with the kind of placement for adoption (rule 335)."""
    order = _in_period(LegalStatusRecord, period).filter(code=PLACEMENT_ORDER).order_by("start_date").first()
    if order is not None and decision.decided_on > order.start_date:
        raise ValidationError(
            {
                "decided_on": "The decision is made on or before the placement order was granted "
                f"({order.start_date:%d/%m/%Y})"
            }
        )
    placed = list(_in_period(Placement, period).filter(place__in=ADOPTION_PLACEMENTS).order_by("start_date"))
    if not placed:
        return
    first = placed[0]
    if decision.decided_on > first.start_date:
        raise ValidationError(
            {
                "decided_on": "The decision is made on or before the child was placed for adoption "
                f"({first.start_date:%d/%m/%Y})"
            }
        )
    if decision.matched_on and decision.matched_on > first.start_date:
        raise ValidationError(
            {
                "matched_on": "The child is matched on or before they were placed for adoption "
                f"({first.start_date:%d/%m/%Y})"
            }
        )
    problem = foster_carer_problem(decision.by_foster_carer, placed[-1].place)
    if problem:
        raise ValidationError({"by_foster_carer": problem})


def _no_overlap(decision: AdoptionDecision) -> None:
    """One decision at a time: an earlier decision has ceased before a new one is made (rules 579 and 583)."""
    others = AdoptionDecision.objects.filter(child_id=decision.child_id).exclude(pk=decision.pk)
    mine_end = decision.ceased_on or date.max
    for other in others:
        other_end = other.ceased_on or date.max
        if (
            decision.decided_on < other_end and other.decided_on < mine_end
        ) or decision.decided_on == other.decided_on:
            still = (
                "is still the plan" if other.ceased_on is None else f"was the plan until {other_end:%d/%m/%Y}"
            )
            raise ValidationError(
                {
                    "decided_on": f"The decision of {other.decided_on:%d/%m/%Y} {still}: decisions cannot overlap, "
                    "so record when the earlier one ceased first"
                }
            )


def check_adoption_decision(record: AdoptionDecision, child: Child, *, within_care: bool = True) -> None:
    """The dates are neither before the child's birth nor after today (rule 184); the decision falls within a period
    of care (rules 1003 and 117) and agrees with it, its placement order and placement for adoption; it overlaps no
    other decision. `within_care` false skips what needs the period of care (a bundle whose period failed)."""
    for field in ("decided_on", "ceased_on", "matched_on"):
        check_dated(child=child, field=field, day=getattr(record, field))
    if within_care:
        period = _period_of(child, record.decided_on)
        if period is None:
            raise ValidationError(
                {
                    "decided_on": "The decision is made while the child is looked after: record the period of "
                    "care it falls in first"
                }
            )
        _within_period(record, period)
        _against_orders_and_placements(record, period)
    _no_overlap(record)


@transaction.atomic
def adoption_decision_save(
    *, actor: Any, record: AdoptionDecision, expected_version: int | None = None
) -> AdoptionDecision:
    child = _locked_child(record.child_id)
    for field in ("decided_on", "ceased_on", "matched_on"):
        check_dated(child=child, field=field, day=getattr(record, field))
    record.full_clean()
    check_adoption_decision(record, child)
    return save_audited(actor=actor, instance=record, child_id=child.pk, expected_version=expected_version)


@transaction.atomic
def permanence_record_delete(
    *, actor: Any, record: PreviousPermanence | AdoptionDecision, reason: str
) -> None:
    child = _locked_child(record.child_id)
    delete_audited(actor=actor, instance=record, child_id=child.pk, reason=reason)
