"""Reads of the permanence page. `child` is a child the access rule has already cleared for `user`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from care.models import PeriodOfCare
from permanence.models import AdoptionDecision, PreviousPermanence


@dataclass(frozen=True)
class PeriodPermanence:
    period: PeriodOfCare
    previous: PreviousPermanence | None


@dataclass(frozen=True)
class PermanenceRecord:
    periods: list[PeriodPermanence]  # the latest period first
    decisions: list[AdoptionDecision]  # the latest decision first


def permanence_record(*, user: Any, child: Any) -> PermanenceRecord:
    previous = {p.period_id: p for p in PreviousPermanence.objects.filter(child=child)}
    periods = PeriodOfCare.objects.filter(child=child).order_by("-start_date")
    decisions = (
        AdoptionDecision.objects.filter(child=child).select_related("recorded_by").order_by("-decided_on")
    )
    return PermanenceRecord(
        periods=[PeriodPermanence(p, previous.get(p.pk)) for p in periods], decisions=list(decisions)
    )
