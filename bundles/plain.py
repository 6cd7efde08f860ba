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


def moment_of(value: str) -> datetime:
    """A date and time as a bundle writes it, with its offset from UTC; ValueError for one without an offset, one
    that does not exist, or a year no child's record holds (which would fall off the calendar in another zone)."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("no offset from UTC")
    if not 1900 <= moment.year <= 2100:
        raise ValueError("a year outside 1900 to 2100")
    return moment


def model_value(value: Any, *, dates: frozenset[str], moments: frozenset[str], name: str) -> Any:
    """A bundle value as the model holds it (the names in `dates` and `moments` are read as dates and as dates and
    times); ValueError for a date or time that does not exist."""
    if not isinstance(value, str):
        return value
    if name in dates:
        return date.fromisoformat(value)
    if name in moments:
        return moment_of(value)
    return value
