"""The members a worker expects to find in a child's current network, and what the page says when one is missing.
Pure: no Django, no database.

From the Child R review's learning point 5 (carers and the network must be "given full and good information ...
which is harder out of borough") and the issue: the carer of the current placement, the school for a child of
compulsory school age (5 to 16: Education Act 1996, section 8), and the host authority when the child is placed
outside the authority's area (Care Planning Regulations 2010, regulation 11: the area authority is notified)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CARER = "carer"
SCHOOL = "school"
HOST_AUTHORITY = "host_authority"


@dataclass(frozen=True)
class Placed:
    carer: str
    in_authority: bool


def age_on(born: date | None, day: date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def missing_members(
    *, forename: str, placement: Placed | None, born: date | None, kinds: set[str], today: date
) -> list[str]:
    """One sentence for each kind of member expected and not in the current network (`kinds`)."""
    found: list[str] = []
    if placement is not None and CARER not in kinds:
        found.append(f"No carer in the network: {forename} lives with {placement.carer}")
    age = age_on(born, today)
    if age is not None and 5 <= age <= 16 and SCHOOL not in kinds:
        found.append(f"No school in the network: {forename} is of school age ({age})")
    if placement is not None and not placement.in_authority and HOST_AUTHORITY not in kinds:
        found.append(f"No host authority in the network: {forename} is placed out of the authority's area")
    return found
