"""The stage time limits in force: escalation/stages.py's documented defaults, with any the partnership changes in
the LANTERN_ESCALATION_STAGE_DAYS setting (a mapping of stage to working days, e.g. {"1": 5, "2": 5, "3": 5,
"4": 10}; a stage left out keeps its default). Unknown stages and limits that are not positive whole numbers are
refused, so a mistyped setting stops the service rather than giving wrong due dates."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from escalation.stages import DEFAULT_STAGE_DAYS, STAGES


def stage_days() -> dict[int, int]:
    chosen = getattr(settings, "LANTERN_ESCALATION_STAGE_DAYS", None) or {}
    if not isinstance(chosen, dict):
        raise ImproperlyConfigured("LANTERN_ESCALATION_STAGE_DAYS must map stages to working days")
    limits = dict(DEFAULT_STAGE_DAYS)
    for key, days in chosen.items():
        try:
            stage = int(key)
        except (TypeError, ValueError):
            stage = 0
        if stage not in STAGES:
            raise ImproperlyConfigured(
                f"LANTERN_ESCALATION_STAGE_DAYS names no stage: {key!r} (stages 1 to 4)"
            )
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise ImproperlyConfigured(
                f"LANTERN_ESCALATION_STAGE_DAYS: stage {stage} needs a whole number of working days above 0"
            )
        limits[stage] = days
    return limits
