"""The pattern thresholds in force: missing/patterns.py's documented defaults, with any the authority changes in the
LANTERN_MISSING_THRESHOLDS setting (a JSON object in the environment, e.g. {"frequent_in_30": 4}); and the agency
whose coordinators and return interviewers are granted a child who goes missing (LANTERN_MISSING_GRANT_AGENCIES)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from missing.patterns import DEFAULT_THRESHOLDS, Thresholds


def thresholds() -> Thresholds:
    chosen = dict(getattr(settings, "LANTERN_MISSING_THRESHOLDS", {}) or {})
    known = {f.name for f in fields(Thresholds)}
    unknown = sorted(set(chosen) - known)
    if unknown:
        raise ImproperlyConfigured(f"LANTERN_MISSING_THRESHOLDS names no threshold: {', '.join(unknown)}")
    if isinstance(chosen.get("ignored_names"), list):
        chosen["ignored_names"] = tuple(chosen["ignored_names"])
    return replace(DEFAULT_THRESHOLDS, **chosen)


GRANTED_ROLES = ("missing_coordinator", "return_interviewer")


def grant_agency(role: str) -> Any:
    """The agency whose users of `role` are granted a child who goes missing, or None for every active user of the
    role (one authority per instance)."""
    from accounts.models import Agency

    chosen = dict(getattr(settings, "LANTERN_MISSING_GRANT_AGENCIES", {}) or {})
    unknown = sorted(set(chosen) - set(GRANTED_ROLES))
    if unknown:
        raise ImproperlyConfigured(
            f"LANTERN_MISSING_GRANT_AGENCIES names no granted role: {', '.join(unknown)}"
        )
    name = chosen.get(role)
    if not name:
        return None
    agency = Agency.objects.filter(name=name).first()
    if agency is None:
        raise ImproperlyConfigured(f"LANTERN_MISSING_GRANT_AGENCIES: no agency is called {name!r}")
    return agency
