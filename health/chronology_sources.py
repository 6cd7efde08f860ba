"""How health records appear in the child's chronology."""

from __future__ import annotations

from django.urls import reverse

from chronology.models import Category, ChronologyEntry
from chronology.sources import Facts, register
from health.models import HealthCheck, HealthCheckKind


def health_facts(check: HealthCheck) -> Facts:
    text = check.get_kind_display()
    if check.kind == HealthCheckKind.SDQ and check.sdq_score is not None:
        text += f": score {check.sdq_score}"
    elif check.kind == HealthCheckKind.SDQ:
        text += f": not done ({check.get_sdq_reason_display().lower()})"
    if check.practitioner:
        text += f", by {check.practitioner}"
    return Facts(
        child_id=check.child_id,
        occurred_on=check.done_on,
        category=Category.HEALTH,
        what_happened=text,
        agency="Health",
    )


def _link(entry: ChronologyEntry) -> str:
    return reverse("health:checks", args=[entry.child_id]) + f"#record-{entry.source_id}"


def register_sources() -> None:
    register(HealthCheck, source_type="healthcheck", describe=health_facts, link=_link, label="Health record")
