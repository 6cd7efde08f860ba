"""The schools of the synthetic authority (issue 8), pure and deterministic: about one for every eight children,
with invented names ("Fictional Road Primary School", "Example Academy"), URNs from 900000 to 999999 (an invented
range: DfE URNs in use are all below it), phases, towns and grid positions from places.py, and an invented
designated teacher. Every town of the authority has a primary and a secondary school; about a fifth of the schools
are out of the authority (in the towns where out-of-area placements are), and there is always an alternative
provision and a college. A school's local authority is the synthetic authority (its one name, as
synthetic/workforce.py gives it) for a school in one of its towns, else the council of the school's own town. The
schools named by the seeded PEPs (care_health.py) are among them."""

from __future__ import annotations

import math

from education.models import Phase
from synthetic import places
from synthetic.care_carers import OUT_TOWNS
from synthetic.care_health import PRIMARY, SECONDARY
from synthetic.mint import Mint
from synthetic.names import given_name, surname
from synthetic.spec import Authority
from synthetic.spec_education import SchoolSpec
from synthetic.workforce import AGENCIES, LA, STAFF_POOLS

AUTHORITY = next(agency.name for agency in AGENCIES if agency.key == LA)  # the synthetic authority's one name
URN_FIRST, URN_LAST = 900_000, 999_999
CHILDREN_PER_SCHOOL = 8
OUT_SHARE = 0.2
STEMS = (
    "Fictional Road", "Example", "Sample Street", "Placeholder", "Specimen Way", "Pretend Gardens", "Invented Lane",
    "Madeup Row", "Notreal", "Lamplight", "Candle Court", "Wickside", "Tallow Hill", "Beacon Fields", "Emberfield",
    "Imaginary Park", "Test Meadow", "Glowmoor", "St Wick's", "Flameleigh",
)  # fmt: skip
SUFFIXES: dict[str, tuple[str, ...]] = {
    Phase.PRIMARY: ("Primary School", "Primary Academy", "Infant and Junior School", "CE Primary School"),
    Phase.SECONDARY: ("Academy", "High School", "Secondary School", "Community School"),
    Phase.ALL_THROUGH: ("All-through School", "Academy (3 to 18)"),
    Phase.SPECIAL: ("Special School",),
    Phase.ALTERNATIVE: ("Pupil Referral Unit", "Learning Centre"),
    Phase.COLLEGE: ("College", "Sixth Form College"),
}
EXTRA_PHASES: tuple[tuple[str, float], ...] = (
    (Phase.PRIMARY, 50),
    (Phase.SECONDARY, 25),
    (Phase.ALL_THROUGH, 8),
    (Phase.SPECIAL, 7),
    (Phase.ALTERNATIVE, 4),
    (Phase.COLLEGE, 6),
)
PEP_SCHOOLS: tuple[tuple[str, str, str], ...] = (
    *((name, Phase.PRIMARY, "Lanternton" if name.startswith("Lanternton") else "") for name in PRIMARY),
    *(
        (name, Phase.SECONDARY, next((t for t in places.TOWNS if name.startswith(t)), ""))
        for name in SECONDARY
    ),
)


def distance(a: tuple[int, int], b: tuple[int, int]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


class SchoolBuilder:
    def __init__(self, mint: Mint, out: Authority) -> None:
        self.mint = mint
        self.out = out
        self.urns: set[int] = set()
        self.names: set[str] = set()

    def build(self) -> list[SchoolSpec]:
        mint = self.mint
        schools = [
            self._school(name, phase, town or mint.pick(places.TOWNS)) for name, phase, town in PEP_SCHOOLS
        ]
        for town in places.TOWNS:
            for phase in (Phase.PRIMARY, Phase.SECONDARY):
                if not any(s.area == town and s.phase == phase for s in schools):
                    schools.append(self._school("", phase, town))
        schools.append(self._school("", Phase.ALTERNATIVE, mint.pick(places.TOWNS)))
        schools.append(self._school("", Phase.COLLEGE, mint.pick(places.TOWNS)))
        wanted = max(round(self.out.children_wanted / CHILDREN_PER_SCHOOL), len(schools) + len(OUT_TOWNS))
        towns = list(OUT_TOWNS)
        while len(schools) < wanted:
            out_of_area = towns or mint.chance(OUT_SHARE)
            town = towns.pop(0) if towns else mint.pick(OUT_TOWNS if out_of_area else places.TOWNS)
            extra = mint.weighted(EXTRA_PHASES)
            schools.append(self._school("", extra, town))
        self.out.education.schools.extend(schools)
        return schools

    def _urn(self) -> str:
        while True:
            urn = self.mint.rng.randint(URN_FIRST, URN_LAST)
            if urn not in self.urns:
                self.urns.add(urn)
                return str(urn)

    def _name(self, phase: str, town: str) -> str:
        for _ in range(50):
            stem = self.mint.pick((*STEMS, town))
            name = f"{stem} {self.mint.pick(SUFFIXES[phase])}"
            if name not in self.names:
                return name
        return f"{town} {SUFFIXES[phase][0]} {len(self.names) + 1}"

    def _teacher(self) -> str:
        pool = self.mint.weighted(STAFF_POOLS)
        woman = self.mint.chance(0.75)
        first = given_name(self.mint, pool, "F" if woman else "M", "adult")
        return f"{'Ms' if woman else 'Mr'} {first} {surname(self.mint, pool)}"

    def _school(self, name: str, phase: str, town: str) -> SchoolSpec:
        name = name or self._name(phase, town)
        self.names.add(name)
        inside = town in places.TOWNS
        easting, northing = places.grid_near(self.mint.rng, town)
        return SchoolSpec(
            id=self.mint.uuid(),
            urn=self._urn(),
            name=name,
            authority=AUTHORITY if inside else f"{town} Council",
            phase=phase,
            postcode=places.postcode(self.mint, town),
            area=town,
            easting=easting,
            northing=northing,
            designated_teacher=self._teacher(),
            designated_teacher_contact=places.phone(self.mint),
            in_authority=inside,
        )
