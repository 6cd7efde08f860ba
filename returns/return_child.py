"""What every table of the return reads of a child (returns/tables.py builds them), and the return's date format."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol


class ReturnChild(Protocol):
    @property
    def pk(self) -> Any: ...
    @property
    def local_id(self) -> str: ...
    @property
    def dob(self) -> date | None: ...


def dmy(day: date | None) -> str:
    """A date as the 903 writes it (dd/mm/YYYY), or empty."""
    return f"{day:%d/%m/%Y}" if day else ""
