"""Households, derived from the addresses already recorded: never keyed.

The rule: people in the child's circle who have not died and whose postcode and address, both given, are the same
once normalised form one household. Normalising a postcode removes its spaces and upper-cases it ("se1 7ph" and
"SE17PH" agree); normalising an address folds case, treats every run of punctuation and spaces as one space and
trims ("12 Invented Road, Southwark" and "12 invented road southwark" agree). A postcode alone is not a home (it
covers many), and neither is an address without a postcode; a household needs two people or more. Everyone is in
at most one household, because each person has one address.

McGoldrick, Gerson and Petry ("Genograms: Assessment and Treatment") encircle the members of a household.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Residence:
    person: str
    address: str
    postcode: str
    deceased: bool = False


def home_key(address: str, postcode: str) -> str | None:
    """The normalised postcode and address, or None when either is blank."""
    code = "".join(postcode.split()).upper()
    words = _SEPARATORS.sub(" ", address.casefold()).strip()
    if not code or not words:
        return None
    return f"{code}|{words}"


def households(residences: Iterable[Residence]) -> tuple[frozenset[str], ...]:
    """The households among these people, each a set of person ids, in order of their first member's id."""
    homes: dict[str, set[str]] = {}
    for residence in residences:
        key = None if residence.deceased else home_key(residence.address, residence.postcode)
        if key is not None:
            homes.setdefault(key, set()).add(residence.person)
    found = [frozenset(members) for members in homes.values() if len(members) >= 2]
    return tuple(sorted(found, key=lambda members: sorted(members)))
