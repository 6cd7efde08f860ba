"""The network's setting: how long a child in care may go without a network meeting before Lantern proposes one.

LANTERN_NETWORK_MEETING_DAYS (default 91, about three months) is Lantern's own rule, not a statutory timescale: the
Child R review's learning point 4 found that looked-after reviews "do not provide a suitable forum for the full
professional network", so there was "no regular opportunity for this network to share significant information and
concerns". Three months puts one network meeting between two six-monthly looked-after reviews (Care Planning, Placement and Case
Review (England) Regulations 2010, regulation 33); an authority may choose its own figure."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEFAULT_MEETING_DAYS = 91


def meeting_days() -> int:
    days = getattr(settings, "LANTERN_NETWORK_MEETING_DAYS", DEFAULT_MEETING_DAYS)
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise ImproperlyConfigured("LANTERN_NETWORK_MEETING_DAYS must be a whole number of days, 1 or more")
    return days
