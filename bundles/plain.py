"""Values as a case bundle writes them: ISO dates and times, and workers by name rather than by id."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


def plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def worker(user: Any) -> dict[str, Any] | None:
    if user is None:
        return None
    return {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "role": user.role,
        "team": user.team.name if user.team else None,
        "agency": user.agency.name if user.agency else None,
    }
