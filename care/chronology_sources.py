"""How periods of care, legal statuses and placements appear in the child's chronology."""

from __future__ import annotations

from django.urls import reverse

from care.models import LegalStatusRecord, PeriodOfCare, Placement
from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import Facts, register


def period_facts(period: PeriodOfCare) -> Facts:
    text = f"Became looked after ({period.get_category_of_need_display()})"
    if period.end_date:
        text += (
            f"; ceased to be looked after on {period.end_date:%d %b %Y}: {period.get_end_reason_display()}"
        )
    return Facts(
        child_id=period.child_id,
        occurred_on=period.start_date,
        occurred_until=period.end_date,
        category=Category.LEGAL_STATUS,
        what_happened=text,
        significance=Significance.CRITICAL,
    )


def legal_status_facts(status: LegalStatusRecord) -> Facts:
    return Facts(
        child_id=status.child_id,
        occurred_on=status.start_date,
        occurred_until=status.end_date,
        category=Category.LEGAL_STATUS,
        what_happened=f"Legal status {status.code}: {status.get_code_display()}",
        significance=Significance.SIGNIFICANT,
    )


def placement_facts(placement: Placement) -> Facts:
    where = "in the authority" if placement.in_authority else "out of the authority's area"
    text = f"Placed with {placement.carer} ({placement.get_place_display()}), {where}"
    if placement.end_date and placement.change_reason:
        text += f"; placement ended: {placement.get_change_reason_display().lower()}"
    return Facts(
        child_id=placement.child_id,
        occurred_on=placement.start_date,
        occurred_until=placement.end_date,
        category=Category.PLACEMENT,
        what_happened=text,
        significance=Significance.SIGNIFICANT,
    )


def _link(entry: ChronologyEntry) -> str:
    return reverse("care:record", args=[entry.child_id]) + f"#record-{entry.source_id}"


def register_sources() -> None:
    register(
        PeriodOfCare, source_type="periodofcare", describe=period_facts, link=_link, label="Period of care"
    )
    register(
        LegalStatusRecord,
        source_type="legalstatus",
        describe=legal_status_facts,
        link=_link,
        label="Legal status",
    )
    register(Placement, source_type="placement", describe=placement_facts, link=_link, label="Placement")
