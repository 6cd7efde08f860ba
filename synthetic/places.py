"""Fictional addresses and contact details: invented streets and towns, ZZ99 postcodes (a form no real postcode
takes) and telephone numbers from Ofcom's range reserved for drama (07700 900000 to 07700 900999)."""

from __future__ import annotations

import random

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


def address(mint: Mint) -> str:
    street = f"{mint.rng.randint(1, 180)} {mint.pick(STREETS)}"
    if mint.chance(0.25):
        street = f"{mint.pick(FLATS).format(n=mint.rng.randint(1, 60))}, {mint.pick(STREETS)}"
    return f"{street}, {mint.pick(TOWNS)}"


def postcode(mint: Mint) -> str:
    return f"ZZ99 {mint.rng.randint(1, 9)}{mint.pick(_POSTCODE_LETTERS)}{mint.pick(_POSTCODE_LETTERS)}"


def phone(mint: Mint) -> str:
    return f"07700 900{mint.rng.randrange(1000):03d}"


# Invented OS grid positions (metres) for the towns of the seed, so that matching can measure distances: the
# authority's towns within about 12 km of each other, the towns outside it (synthetic/care_carers.py OUT_TOWNS)
# 25 to 90 km away. Added for issue 8; nothing above draws from them.
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


def town_of(address: str) -> str:
    """The town an address of the seed's style ends with ("" when it names none of GRID's towns)."""
    town = address.rsplit(",", 1)[-1].strip()
    return town if town in GRID else ""


def grid_near(rng: random.Random, town: str) -> tuple[int, int]:
    """A position within SPREAD metres of the town's centre (the middle of the authority for an unknown town)."""
    easting, northing = GRID.get(town, GRID["Lanternton"])
    return easting + rng.randint(-SPREAD, SPREAD), northing + rng.randint(-SPREAD, SPREAD)
