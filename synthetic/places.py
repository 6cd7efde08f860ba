"""Fictional addresses and contact details: invented streets and towns, ZZ99 postcodes (a form no real postcode
takes) and telephone numbers from Ofcom's range reserved for drama (07700 900000 to 07700 900999)."""

from __future__ import annotations

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
