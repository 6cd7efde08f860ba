from __future__ import annotations

from datetime import date
from typing import Any

from django import template

register = template.Library()


@register.filter
def stale(section: Any, today: date) -> bool:
    """A history section not reviewed for over 12 months."""
    return bool(section) and bool(section.is_stale_on(today))
