"""Who a placement is with and where: providers that fit the placement type, invented foster carers, relatives,
children's homes and adopters (names from names.py, so only invented people), invented addresses in the seed's style
(places.py) inside the authority's area or out of it, and the child's current carer as kin.py recorded them. The
authority's own provision is inside its area unless DfE rule 1015 allows otherwise (must_be_inside)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from care.codes import PlacementProvider as PR
from care.codes import PlacementType as PT
from synthetic import demographics, places
from synthetic.care_context import CareChild
from synthetic.mint import Mint
from synthetic.names import given_name, pool_for, surname
from synthetic.spec import PersonSpec

Table = tuple[tuple[str, float], ...]
FOSTER, CONNECTED = frozenset({PT.U4, PT.U5, PT.U6}), frozenset({PT.U1, PT.U2, PT.U3})
PROVIDERS: dict[str, Table] = {
    **{p: ((PR.PR1, 55), (PR.PR4, 40), (PR.PR5, 5)) for p in FOSTER},
    **{p: ((PR.PR1, 90), (PR.PR2, 10)) for p in CONNECTED},
    PT.P1: ((PR.PR0, 1),),
    PT.K1: ((PR.PR2, 70), (PR.PR1, 30)),
    PT.K2: ((PR.PR4, 75), (PR.PR1, 20), (PR.PR5, 5)),
    PT.K3: ((PR.PR4, 70), (PR.PR5, 20), (PR.PR1, 10)),
    PT.R3: ((PR.PR4, 50), (PR.PR5, 30), (PR.PR3, 20)),
    PT.S1: ((PR.PR4, 60), (PR.PR5, 40)),
    PT.A5: ((PR.PR1, 60), (PR.PR5, 30), (PR.PR2, 10)),
    PT.A6: ((PR.PR1, 60), (PR.PR5, 30), (PR.PR2, 10)),
}
OUT_OF_AREA: dict[str, float] = {
    PT.P1: 0.1,
    PT.K1: 0.9,
    PT.K3: 0.35,
    PT.R3: 0.5,
    PT.S1: 0.8,
    PT.A5: 0.4,
    PT.A6: 0.4,
}
AGENCIES = (
    "Lanternbrook Fostering",
    "Wickside Family Placements",
    "Tallow Lane Fostering",
    "Emberlight Foster Care",
)
HOMES = (
    "Beacon House",
    "Willow Lodge",
    "Wickside",
    "Ember Court",
    "Lamplight House",
    "Tallow Lodge",
    "Hearthside",
)
OPERATORS: dict[str, tuple[str, ...]] = {
    PR.PR1: ("Lantern Borough Council",),
    PR.PR4: ("Wickcare Homes Ltd", "Tallowfield Care Ltd", "Ember Children's Services Ltd"),
    PR.PR5: ("Lanternlight Trust",),
}
NAMED: dict[str, str] = {
    PT.K1: "Emberhill Secure Children's Home",
    PT.R3: "Hearthside Family Assessment Centre",
    PT.S1: "Lanternmere Residential School",
}
SUPPORTED = ("Glow Tower Supported Living", "Candle Court Supported Lodgings", "Wickside Foyer")
RELATIVES = (
    ("maternal grandmother", "elder", "F", 35),
    ("paternal grandmother", "elder", "F", 12),
    ("grandfather", "elder", "M", 5),
    ("aunt", "adult", "F", 22),
    ("uncle", "adult", "M", 8),
    ("family friend", "adult", "F", 12),
    ("adult sister", "adult", "F", 6),
)
OUT_TOWNS = places.OUT_TOWNS
# Placement types the authority's own provision (PR1) may have outside its area: DfE rule 1015 refuses any other
# PR1 placement whose postcode is not in the authority (short breaks apart).
PR1_ANYWHERE = frozenset({PT.A3, PT.A4, PT.A5, PT.A6, PT.U1, PT.U2, PT.U3, PT.U4, PT.U5, PT.U6, PT.K3})


@dataclass(frozen=True)
class CarerLink:
    """The child's current carer as kin.py recorded them (relationship description and start)."""

    person: PersonSpec
    description: str
    since: date


@dataclass(frozen=True)
class Where:
    place: str
    provider: str
    carer: str
    address: str
    postcode: str
    inside: bool


def where_for(mint: Mint, child: CareChild, place: str, parent: PersonSpec | None) -> Where:
    """A new placement of this type: its provider, carer and address."""
    provider = mint.weighted(PROVIDERS[place])
    kept_in = must_be_inside(place, provider)
    inside = not mint.chance(out_of_area(place, provider))
    street, postcode = address(mint, inside, kept_in=kept_in)
    inside = inside or kept_in
    if place == PT.P1 and parent is not None:
        return Where(place, provider, f"{parent.full_name} (parent)", parent.address, parent.postcode, True)
    if place in CONNECTED:
        label, generation, sex, _ = mint.weighted([(r, r[3]) for r in RELATIVES])
        pool = pool_for(child.person.ethnicity)
        last = surname(mint, pool) if mint.chance(0.4) else child.person.surname
        return Where(
            place,
            provider,
            f"{given_name(mint, pool, sex, generation)} {last} ({label})",
            street,
            postcode,
            inside,
        )
    return Where(place, provider, provider_name(mint, place, provider), street, postcode, inside)


def must_be_inside(place: str, provider: str) -> bool:
    """Whether DfE rule 1015 wants the placement inside the authority: the authority's own provision other than
    foster, adoption and supported placements."""
    return provider == PR.PR1 and place not in PR1_ANYWHERE


def out_of_area(place: str, provider: str) -> float:
    if place in OUT_OF_AREA:
        return OUT_OF_AREA[place]
    if place in CONNECTED:
        return 0.25
    if place == PT.K2:
        return 0.0 if provider == PR.PR1 else 0.55
    return 0.1 if provider == PR.PR1 else 0.35  # foster carers: own or agency


def address(mint: Mint, inside: bool, *, kept_in: bool = False) -> tuple[str, str]:
    """An address inside the authority or in one of the towns outside it. One drawn outside for a placement `kept_in`
    the authority is moved to the authority's town in the same place of TOWNS, with the same draws as before such
    placements were kept in."""
    if inside:
        return places.address(mint), places.postcode(mint)
    number, street, town = mint.rng.randint(1, 180), mint.pick(places.STREETS), mint.pick(OUT_TOWNS)
    if kept_in:
        town = places.TOWNS[OUT_TOWNS.index(town)]
    return f"{number} {street}, {town}", places.postcode(mint, town)


def _couple(mint: Mint) -> str:
    pool = pool_for(demographics.ethnicity(mint))
    first = given_name(mint, pool, "F" if mint.chance(0.85) else "M", "adult")
    if mint.chance(0.55):
        first = f"{first} and {given_name(mint, pool, 'M' if mint.chance(0.9) else 'F', 'adult')}"
    return f"{first} {surname(mint, pool)}"


def provider_name(mint: Mint, place: str, provider: str) -> str:
    if place in NAMED:
        return NAMED[place]
    operator = mint.pick(OPERATORS.get(provider, OPERATORS[PR.PR4]))
    if place == PT.K2:
        return f"{mint.pick(HOMES)} children's home, {operator}"
    if place == PT.K3:
        return f"{mint.pick(SUPPORTED)}, {operator}"
    if place in (PT.A5, PT.A6):
        return f"{_couple(mint)} (prospective adopters)"
    if provider in (PR.PR4, PR.PR5):
        return f"{_couple(mint)} ({mint.pick(AGENCIES)})"
    return _couple(mint)


def from_carer(mint: Mint, child: CareChild, carer: CarerLink, day: date, as_of: date) -> Where:
    person, what = carer.person, carer.description
    settled = (as_of - day).days > 365
    if what == "Kinship foster carer":
        place = PT.U1 if settled and mint.chance(0.5) else PT.U3
        return Where(
            place, PR.PR1, f"{person.full_name} (maternal grandmother)", person.address, person.postcode, True
        )
    if what.startswith("Key worker"):
        provider = mint.weighted(PROVIDERS[PT.K2])
        inside = not mint.chance(out_of_area(PT.K2, provider))
        street, postcode = address(mint, inside)
        home = provider_name(mint, PT.K2, provider)
        return Where(PT.K2, provider, f"{home} (key worker {person.full_name})", street, postcode, inside)
    place = PT.U4 if settled and mint.chance(0.5) else PT.U6
    if "agency" in what:
        provider = PR.PR4 if mint.chance(0.9) else PR.PR5
        return Where(
            place,
            provider,
            f"{person.full_name} ({mint.pick(AGENCIES)})",
            person.address,
            person.postcode,
            True,
        )
    return Where(place, PR.PR1, person.full_name, person.address, person.postcode, True)
