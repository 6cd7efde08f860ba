"""Education settings read once per call: the authority's school holidays, its virtual school, and how far back the
late-records alert looks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings


@dataclass(frozen=True)
class VirtualSchool:
    name: str
    contact: str


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def school_holidays() -> list[tuple[date, date]]:
    """LANTERN_SCHOOL_HOLIDAYS as date pairs: ISO strings (from the environment) or dates (from test settings)."""
    raw = getattr(settings, "LANTERN_SCHOOL_HOLIDAYS", []) or []
    return sorted((_day(start), _day(end)) for start, end in raw)


def virtual_school() -> VirtualSchool:
    raw = getattr(settings, "LANTERN_VIRTUAL_SCHOOL", {}) or {}
    return VirtualSchool(name=str(raw.get("name", "")), contact=str(raw.get("contact", "")))


RECORDS_LOOKBACK_DAYS = 365


def records_lookback_days() -> int:
    """LANTERN_SCHOOL_RECORDS_LOOKBACK_DAYS: the late-records alert chases moves whose records fell due within this
    many days (default 365); older moves are history, not a transfer still to chase."""
    return int(getattr(settings, "LANTERN_SCHOOL_RECORDS_LOOKBACK_DAYS", RECORDS_LOOKBACK_DAYS))
