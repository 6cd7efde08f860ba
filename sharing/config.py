"""The sharing app's settings.

LANTERN_SHARING_CHECKLIST_FROM: an ISO date (for example "2026-04-01"), the day the authority began the placement
sharing checklist. Placements that started before it are not chased (no alert, never "overdue"); their checklist
still shows, marked "before the checklist began". Unset (None or empty): every current placement is chased. A value
that is not an ISO date raises ImproperlyConfigured."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

SETTING = "LANTERN_SHARING_CHECKLIST_FROM"


def checklist_from() -> date | None:
    """The first placement start date the checklist chases, or None when every placement is chased."""
    value = getattr(settings, SETTING, None)
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as error:
        raise ImproperlyConfigured(f"{SETTING} must be an ISO date like 2026-04-01, not {value!r}") from error
