"""The pattern thresholds in force: missing/patterns.py's documented defaults, with any the authority changes in the
LANTERN_MISSING_THRESHOLDS setting (a JSON object in the environment, e.g. {"frequent_in_30": 4})."""

from __future__ import annotations

from dataclasses import fields, replace

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
