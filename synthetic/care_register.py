"""The register of carers and providers of the synthetic authority (issue 8), pure and deterministic.

- Every foster carer, connected carer, children's home (secure homes and residential schools among them) and
  supported accommodation a seeded placement is with becomes one entry, found by the placement's carer (less a key
  worker's name), address and postcode, so that a carer who looked after several children is one entry. Its kind
  comes from the placement type and provider, the agency from the provider (PR4 and PR5), the area, whether inside
  the authority and the grid position from the placement's address (places.py). The approval range covers the ages
  of the children it had, its places the most children it had at once (often more), skills and support are drawn
  by kind (homes more often for adolescents, missing and exploitation; own foster carers less often).
- Placements with parents, adopters and family centres are not on the register (they keep no carer_record).
- Entries with a child placed now are approved; the others some on hold, and some closed (more of those whose last
  child left over a year ago, and most connected carers then, as they were approved for one child).
- Spare carers with no child placed, with vacancies, cycling through approval ranges so every age band has some.
- Children's homes, supported accommodation and the independent fostering agencies have an invented Ofsted URN in
  SC900000-SC999999 (no real provider's): each agency one (SC900001 and on, shared by its carers, as Ofsted registers
  the agency), each home its own from its register number (SC910001 and on), each supported accommodation provider
  likewise (SC950001 and on; Ofsted registers them since 28 October 2023, and DfE rule 218 asks the SSDA903 return
  for the URN of a K3 placement); ofsted_urn_of() works it out from the entry, drawing nothing.

Draws only from its own random stream, so the records built before it are unchanged."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from datetime import date, timedelta

from care.codes import PlacementProvider as PR
from care.codes import PlacementType as PT
from care.register_models import CarerKind, RegisterStatus, SexLimit, Skill, Support
from synthetic import places
from synthetic.care_carers import (
    AGENCIES,
    CONNECTED,
    FOSTER,
    HOMES,
    OPERATORS,
    SUPPORTED,
    address,
    provider_name,
)
from synthetic.mint import Mint
from synthetic.spec import Authority, PlacementSpec
from synthetic.spec_education import CarerSpec

HOME_TYPES = frozenset({PT.K1, PT.K2, PT.S1})
ON_REGISTER = FOSTER | CONNECTED | HOME_TYPES | {PT.K3}
PREFIX: dict[str, str] = {
    CarerKind.OWN_FOSTER: "FC",
    CarerKind.AGENCY_FOSTER: "IFA",
    CarerKind.CONNECTED: "CC",
    CarerKind.CHILDRENS_HOME: "CH",
    CarerKind.SUPPORTED: "SA",
}
OLDEST: dict[str, int] = {CarerKind.SUPPORTED: 21}
SKILLS: dict[str, dict[str, float]] = {
    CarerKind.OWN_FOSTER: {
        Skill.ADOLESCENTS: 0.2, Skill.EXPLOITATION: 0.08, Skill.MISSING: 0.08, Skill.TRAUMA: 0.3,
        Skill.DISABILITY: 0.1, Skill.SIBLINGS: 0.25, Skill.PARENT_AND_CHILD: 0.04,
    },
    CarerKind.AGENCY_FOSTER: {
        Skill.ADOLESCENTS: 0.45, Skill.EXPLOITATION: 0.25, Skill.MISSING: 0.2, Skill.TRAUMA: 0.55,
        Skill.DISABILITY: 0.15, Skill.SIBLINGS: 0.3, Skill.PARENT_AND_CHILD: 0.08,
    },
    CarerKind.CONNECTED: {Skill.ADOLESCENTS: 0.08, Skill.TRAUMA: 0.08, Skill.DISABILITY: 0.03},
    CarerKind.CHILDRENS_HOME: {
        Skill.ADOLESCENTS: 0.9, Skill.EXPLOITATION: 0.6, Skill.MISSING: 0.65, Skill.TRAUMA: 0.7,
        Skill.DISABILITY: 0.15, Skill.SIBLINGS: 0.08,
    },
    CarerKind.SUPPORTED: {Skill.ADOLESCENTS: 0.95, Skill.EXPLOITATION: 0.35, Skill.MISSING: 0.3, Skill.TRAUMA: 0.3},
}  # fmt: skip
SUPPORT: dict[str, dict[str, float]] = {
    CarerKind.OWN_FOSTER: {
        Support.SUPERVISING_WORKER: 1, Support.OUT_OF_HOURS: 0.9, Support.RESPITE: 0.4, Support.EDUCATION: 0.2,
        Support.THERAPEUTIC: 0.1,
    },
    CarerKind.AGENCY_FOSTER: {
        Support.SUPERVISING_WORKER: 1, Support.OUT_OF_HOURS: 1, Support.THERAPEUTIC: 0.5, Support.EDUCATION: 0.4,
        Support.RESPITE: 0.3,
    },
    CarerKind.CONNECTED: {Support.SUPERVISING_WORKER: 0.9, Support.OUT_OF_HOURS: 0.6, Support.RESPITE: 0.1},
    CarerKind.CHILDRENS_HOME: {
        Support.WAKING_NIGHT: 0.7, Support.THERAPEUTIC: 0.6, Support.EDUCATION: 0.5, Support.OUT_OF_HOURS: 0.8,
    },
    CarerKind.SUPPORTED: {Support.OUT_OF_HOURS: 0.9, Support.EDUCATION: 0.3},
}  # fmt: skip
PLACES: dict[str, tuple[tuple[int, float], ...]] = {
    CarerKind.OWN_FOSTER: ((1, 40), (2, 40), (3, 20)),
    CarerKind.AGENCY_FOSTER: ((1, 35), (2, 45), (3, 20)),
    CarerKind.CONNECTED: ((1, 80), (2, 20)),
    CarerKind.CHILDRENS_HOME: ((2, 15), (3, 25), (4, 30), (5, 20), (6, 10)),
    CarerKind.SUPPORTED: ((3, 30), (4, 30), (6, 25), (8, 15)),
}
# Spare carers' approval ranges (kind, youngest, oldest), taken in turn so every age band has vacancies.
SPARES: tuple[tuple[str, int, int], ...] = (
    (CarerKind.OWN_FOSTER, 0, 4),
    (CarerKind.OWN_FOSTER, 0, 10),
    (CarerKind.AGENCY_FOSTER, 5, 12),
    (CarerKind.OWN_FOSTER, 8, 17),
    (CarerKind.AGENCY_FOSTER, 11, 17),
    (CarerKind.CHILDRENS_HOME, 11, 17),
    (CarerKind.AGENCY_FOSTER, 0, 17),
    (CarerKind.SUPPORTED, 16, 21),
    (CarerKind.OWN_FOSTER, 2, 12),
    (CarerKind.AGENCY_FOSTER, 13, 17),
)
SPARE_PLACE: dict[str, str] = {
    CarerKind.OWN_FOSTER: PT.U6,
    CarerKind.AGENCY_FOSTER: PT.U6,
    CarerKind.CHILDRENS_HOME: PT.K2,
    CarerKind.SUPPORTED: PT.K3,
}
REGISTER_SHARE = 0.6  # entries wanted per child: the spares top the register up to this when it is smaller
SPARE_SHARE = 0.15  # and there are always at least this many spares per child
KEY_WORKER = re.compile(r" \(key worker [^)]*\)$")
NAME_AND_BRACKET = re.compile(r"^(?P<name>.*?) \((?P<inside>[^)]*)\)$")


def kind_of(placement: PlacementSpec) -> str | None:
    """The register kind of a placement, None for one not on the register (parents, adopters, family centres)."""
    if placement.place in CONNECTED:
        return CarerKind.CONNECTED
    if placement.place in FOSTER:
        return CarerKind.AGENCY_FOSTER if placement.provider in (PR.PR4, PR.PR5) else CarerKind.OWN_FOSTER
    if placement.place in HOME_TYPES:
        return CarerKind.CHILDRENS_HOME
    if placement.place == PT.K3:
        return CarerKind.SUPPORTED
    return None


def key_of(placement: PlacementSpec) -> tuple[str, str, str]:
    return KEY_WORKER.sub("", placement.carer), placement.address, placement.postcode


def _split(carer: str, kind: str, provider: str, area: str) -> tuple[str, str, str]:
    """(name, agency, notes) from a placement's carer as care_carers.py wrote it."""
    label = KEY_WORKER.sub("", carer)
    if kind in (CarerKind.CHILDRENS_HOME, CarerKind.SUPPORTED):
        home, _, operator = label.partition(", ")
        named = f"{home}, {area}" if area and operator else home
        return named, operator or OPERATORS.get(provider, ("",))[0], ""
    found = NAME_AND_BRACKET.match(label)
    if found is None:
        return label, "", ""
    if kind == CarerKind.CONNECTED:
        return found["name"], "", f"Connected carer: {found['inside']} of the child placed"
    if found["inside"] in AGENCIES:
        return found["name"], found["inside"], ""
    return label, "", ""


def ofsted_urn_of(carer: CarerSpec) -> str:
    """The invented Ofsted URN of a register entry ("" for the authority's own and connected carers, and an agency
    carer with no agency named): in SC900000-SC999999, where no real provider's is."""
    if carer.kind == CarerKind.AGENCY_FOSTER and carer.agency in AGENCIES:
        return f"SC9{AGENCIES.index(carer.agency) + 1:05d}"
    number = int(carer.reference.rsplit("-", 1)[-1]) % 40000  # references run to 9999
    if carer.kind == CarerKind.CHILDRENS_HOME:
        return f"SC9{10000 + number:05d}"
    if carer.kind == CarerKind.SUPPORTED:
        return f"SC9{50000 + number:05d}"
    return ""


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def peak(stays: list[PlacementSpec], as_of: date) -> int:
    """The most of these placements open on one day."""
    changes: list[tuple[date, int]] = []
    for p in stays:
        changes.append((p.start_date, 1))
        changes.append(((p.end_date or as_of) + timedelta(days=1), -1))
    most = now = 0
    for _, step in sorted(changes, key=lambda c: (c[0], c[1])):
        now += step
        most = max(most, now)
    return most


class RegisterBuilder:
    def __init__(self, mint: Mint, out: Authority) -> None:
        self.mint = mint
        self.out = out
        self.as_of = out.as_of
        self.birth = {p.id: p.date_of_birth for p in out.people}
        self.sex = {p.id: p.sex for p in out.people}
        self.missing: dict[uuid.UUID, list[date]] = defaultdict(list)
        for episode in out.missing_episodes:
            self.missing[episode.child].append(episode.started_at.date())
        self.counters: dict[str, int] = defaultdict(int)

    def build(self) -> None:
        groups: dict[tuple[str, str, str], list[PlacementSpec]] = {}
        kinds: dict[tuple[str, str, str], str] = {}
        for placement in self.out.placements:
            kind = kind_of(placement)
            if kind is None:
                continue
            key = key_of(placement)
            groups.setdefault(key, []).append(placement)
            kinds.setdefault(key, kind)
        for key, stays in groups.items():
            entry = self._entry(kinds[key], stays)
            self.out.education.carers.append(entry)
            for stay in stays:
                self.out.education.carer_of[stay.id] = entry.id
        wanted = max(round(REGISTER_SHARE * self.out.children_wanted) - len(groups), 0)
        spares = max(wanted, round(SPARE_SHARE * self.out.children_wanted), len(SPARES))
        for n in range(spares):
            self.out.education.carers.append(self._spare(*SPARES[n % len(SPARES)]))

    def _reference(self, kind: str) -> str:
        self.counters[kind] += 1
        return f"LNT-{PREFIX[kind]}-{self.counters[kind]:04d}"

    def _pick(self, table: dict[str, float]) -> tuple[str, ...]:
        return tuple(choice for choice, p in table.items() if self.mint.chance(p))

    def _entry(self, kind: str, stays: list[PlacementSpec]) -> CarerSpec:
        mint, first = self.mint, stays[0]
        area = places.town_of(first.address)
        easting, northing = places.grid_near(mint.rng, area)
        name, agency, notes = _split(first.carer, kind, first.provider, area)
        starts, ends, girls, boys, ran = [], [], 0, 0, False
        for stay in stays:
            birth = self.birth[stay.child]
            last = min(stay.end_date or self.as_of, self.as_of)
            if birth is not None:
                starts.append(age_on(birth, stay.start_date))
                ends.append(age_on(birth, last))
            girls += self.sex[stay.child] == "F"
            boys += self.sex[stay.child] == "M"
            ran = ran or any(stay.start_date <= day <= last for day in self.missing[stay.child])
        oldest = OLDEST.get(kind, 17)
        youngest_had = min(starts, default=0)
        min_age = max(0, youngest_had - mint.rng.randint(0, 3))
        max_age = min(oldest, max(max(ends, default=oldest), youngest_had) + mint.rng.randint(0, 4))
        if kind == CarerKind.CHILDRENS_HOME:
            min_age = min(youngest_had, 8 + mint.rng.randint(0, 4))
            max_age = 17
        if kind == CarerKind.SUPPORTED:
            min_age, max_age = min(youngest_had, 16), 21
        most = peak(stays, self.as_of)
        places_ = most if kind == CarerKind.CONNECTED else max(most, mint.weighted(PLACES[kind]))
        skills = set(self._pick(SKILLS[kind]))
        if ran and mint.chance(0.5):
            skills.add(Skill.MISSING)
        if max(ends, default=0) >= 13 and kind != CarerKind.CONNECTED and mint.chance(0.6):
            skills.add(Skill.ADOLESCENTS)
        if most > 1 and kind != CarerKind.CHILDRENS_HOME:
            skills.add(Skill.SIBLINGS)
        sex_limit = SexLimit.ANY
        if kind == CarerKind.CHILDRENS_HOME and mint.chance(0.2) and not (girls and boys):
            sex_limit = SexLimit.FEMALE if girls else SexLimit.MALE
        current = any(s.end_date is None for s in stays)
        last_end = max((s.end_date for s in stays if s.end_date), default=self.as_of)
        status = RegisterStatus.ACTIVE
        if not current:
            long_ago = (self.as_of - last_end).days > 365
            closing = 0.75 if kind == CarerKind.CONNECTED else 0.35 if long_ago else 0.04
            if mint.chance(closing):
                status = RegisterStatus.CLOSED
            elif mint.chance(0.06):
                status = RegisterStatus.ON_HOLD
        lead = mint.rng.randint(0, 20) if kind == CarerKind.CONNECTED else mint.rng.randint(30, 2500)
        return CarerSpec(
            id=mint.uuid(),
            reference=self._reference(kind),
            name=name,
            kind=kind,
            agency=agency,
            status=status,
            address=first.address,
            postcode=first.postcode,
            area=area,
            in_authority=first.in_authority,
            easting=easting,
            northing=northing,
            min_age=min_age,
            max_age=max(max_age, min_age),
            places=max(places_, 1),
            sex_limit=sex_limit,
            skills=tuple(s for s in Skill.values if s in skills),
            support=self._pick(SUPPORT[kind]),
            approved_on=min(s.start_date for s in stays) - timedelta(days=lead),
            notes=notes,
        )

    def _spare(self, kind: str, youngest: int, oldest: int) -> CarerSpec:
        mint = self.mint
        place = SPARE_PLACE[kind]
        provider = PR.PR4 if kind != CarerKind.OWN_FOSTER else PR.PR1
        inside = not mint.chance(0.15 if kind == CarerKind.OWN_FOSTER else 0.4)
        street, postcode = address(mint, inside)
        area = places.town_of(street)
        if kind in (CarerKind.CHILDRENS_HOME, CarerKind.SUPPORTED):
            home = (
                f"{mint.pick(HOMES)} children's home"
                if kind == CarerKind.CHILDRENS_HOME
                else mint.pick(SUPPORTED)
            )
            name, agency, notes = _split(f"{home}, {mint.pick(OPERATORS[PR.PR4])}", kind, provider, area)
        else:
            name, agency, notes = _split(provider_name(mint, place, provider), kind, provider, area)
        easting, northing = places.grid_near(mint.rng, area)
        status = RegisterStatus.ACTIVE
        if mint.chance(0.07):
            status = RegisterStatus.ON_HOLD
        elif mint.chance(0.03):
            status = RegisterStatus.CLOSED
        skills = set(self._pick(SKILLS[kind]))
        if oldest >= 13 and mint.chance(0.6):
            skills.add(Skill.ADOLESCENTS)
        return CarerSpec(
            id=mint.uuid(),
            reference=self._reference(kind),
            name=name,
            kind=kind,
            agency=agency,
            status=status,
            address=street,
            postcode=postcode,
            area=area,
            in_authority=inside,
            easting=easting,
            northing=northing,
            min_age=youngest,
            max_age=oldest,
            places=mint.weighted(PLACES[kind]),
            sex_limit=SexLimit.ANY,
            skills=tuple(s for s in Skill.values if s in skills),
            support=self._pick(SUPPORT[kind]),
            approved_on=self.as_of - timedelta(days=mint.rng.randint(20, 2000)),
            notes=notes,
        )
