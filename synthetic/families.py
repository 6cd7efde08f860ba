"""Families: a mother, one or more fathers, the children in care (a sibling group) and their brothers and sisters
at home, with partners current and former. The wider family, friends and carers are added by kin.py."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from people.codes import Ethnicity, NameKind, Sex
from people.models import RelationshipType as Rel
from synthetic import demographics, places
from synthetic.genogram import genogram_fields
from synthetic.mint import Mint
from synthetic.names import BRITISH, MIXED_OTHER_PARENT, Pool, given_name, nickname, pool_for, surname
from synthetic.spec import Authority, ChildSpec, NameSpec, PersonSpec, RelationshipSpec

ADOPTED = "Adopted; letterbox contact"
_ADULT_ETHNICITY_FALLBACK = {Ethnicity.REFU, Ethnicity.NOBT, *MIXED_OTHER_PARENT}


def years(n: float) -> timedelta:
    return timedelta(days=round(n * 365.25))


@dataclass
class Member:
    person: PersonSpec
    father: int = -1  # index into Family.fathers for children; -1 for adults
    age: int = 0


@dataclass
class Family:
    uasc: bool
    ethnicity: str
    pool: Pool
    mother: PersonSpec | None = None
    mother_maiden: str = ""
    fathers: list[PersonSpec | None] = field(default_factory=list)
    father_of: list[int] = field(default_factory=list)  # for each child in care, an index into fathers
    in_care: list[Member] = field(default_factory=list)
    at_home: list[Member] = field(default_factory=list)
    children: list[ChildSpec] = field(default_factory=list)


class Recorder:
    """Appends people, names and relationships to the authority being built."""

    def __init__(self, mint: Mint, out: Authority) -> None:
        self.mint = mint
        self.out = out

    def person(self, **fields: Any) -> PersonSpec:
        person = PersonSpec(id=self.mint.uuid(), **fields)
        self.out.people.append(person)
        return person

    def relate(self, a: PersonSpec, b: PersonSpec, kind: str, **fields: Any) -> None:
        """Record that a is the <kind> of b, with a quality (and for former partners how it ended) derived from
        the relationship's id (synthetic/genogram.py)."""
        rid = self.mint.uuid()
        fields = {**genogram_fields(rid, kind, fields.get("description", "")), **fields}
        self.out.relationships.append(
            RelationshipSpec(id=rid, person_a=a.id, person_b=b.id, kind=kind, **fields)
        )

    def move_in(self, person: PersonSpec, home: PersonSpec) -> PersonSpec:
        """`person` now lives at `home`'s address (so the genogram draws one household); returns the new spec."""
        moved = replace(person, address=home.address, postcode=home.postcode)
        people = self.out.people
        for index in range(len(people) - 1, -1, -1):
            if people[index].id == person.id:
                people[index] = moved
                break
        return moved

    def name(self, person: PersonSpec, kind: str, name: str) -> None:
        if name != person.full_name:
            self.out.names.append(NameSpec(id=self.mint.uuid(), person=person.id, kind=kind, name=name))

    def adult(
        self,
        pool: Pool,
        *,
        sex: str,
        ethnicity: str,
        born: date,
        generation: str = "adult",
        last: str = "",
        may_die: bool = True,
    ) -> PersonSpec:
        """A living or dead adult with a fictional address and, often, a drama-range phone number."""
        mint = self.mint
        died = None
        if may_die and mint.chance(0.2 if generation == "elder" else 0.04):
            died = mint.between(
                born + years(30 if generation == "elder" else 18), self.out.as_of - years(0.1)
            )
        return self.person(
            forename=given_name(mint, pool, sex, generation),
            surname=last or surname(mint, pool),
            date_of_birth=born,
            date_of_birth_estimated=mint.chance(0.08),
            date_of_death=died,
            sex=sex,
            ethnicity=ethnicity,
            address="" if died else places.address(mint),
            postcode="" if died else places.postcode(mint),
            phone=places.phone(mint) if not died and mint.chance(0.75) else "",
        )


class FamilyBuilder:
    def __init__(self, mint: Mint, out: Authority, window_start: date) -> None:
        self.mint = mint
        self.out = out
        self.rec = Recorder(mint, out)
        self.window_start = window_start

    def build(self, size: int, *, uasc: bool) -> Family:
        mint, as_of = self.mint, self.out.as_of
        ethnicity = demographics.ethnicity(mint, uasc=uasc)
        family = Family(uasc=uasc, ethnicity=ethnicity, pool=pool_for(ethnicity))
        ages = [demographics.uasc_age(mint)] if uasc else demographics.sibling_ages(mint, size)
        dobs = [demographics.date_of_birth(mint, age, as_of) for age in ages]
        if uasc:
            family.fathers, family.father_of = [None], [0]
        else:
            self._parents(family, eldest_dob=dobs[0], count=len(ages))
        shared_start = demographics.looked_after_since(mint, max(dobs), self.window_start, as_of)
        if uasc:
            shared_start = mint.between(max(self.window_start, as_of - years(2)), as_of - timedelta(days=3))
        for index, (age, dob) in enumerate(zip(ages, dobs, strict=True)):
            start = shared_start
            if not uasc and mint.chance(0.2):
                start = demographics.looked_after_since(mint, dob, self.window_start, as_of)
            self._child(family, index, age, dob, start)
        if not uasc:
            self._siblings_in_care(family)
            self._siblings_at_home(family)
        return family

    # -- parents -------------------------------------------------------------------------------------------
    def _parents(self, family: Family, *, eldest_dob: date, count: int) -> None:
        mint, rec = self.mint, self.rec
        mother_ethnicity = (
            Ethnicity.WBRI if family.ethnicity in _ADULT_ETHNICITY_FALLBACK else family.ethnicity
        )
        mother_pool = BRITISH if family.ethnicity in MIXED_OTHER_PARENT else family.pool
        mother_born = eldest_dob - years(mint.rng.triangular(16, 40, 23))
        mother = rec.adult(mother_pool, sex=Sex.FEMALE, ethnicity=mother_ethnicity, born=mother_born)
        family.mother = mother
        if mint.chance(0.35):
            family.mother_maiden = surname(mint, mother_pool)
            rec.name(mother, NameKind.PREVIOUS, f"{mother.forename} {family.mother_maiden}")
        if mint.chance(0.04):
            rec.name(
                mother,
                NameKind.ALIAS,
                f"{given_name(mint, mother_pool, Sex.FEMALE, 'adult')} {mother.surname}",
            )
        father_ethnicity = MIXED_OTHER_PARENT.get(Ethnicity(family.ethnicity), mother_ethnicity)
        father_pool = pool_for(father_ethnicity)
        for index in range(count):
            if index and not mint.chance(0.35):
                family.father_of.append(len(family.fathers) - 1)
                continue
            family.father_of.append(len(family.fathers))
            if not mint.chance(0.85):
                family.fathers.append(None)  # father not known or not recorded
                continue
            born = mother_born - years(mint.rng.uniform(-2, 9))
            father = rec.adult(father_pool, sex=Sex.MALE, ethnicity=father_ethnicity, born=born)
            if mint.chance(0.12):
                rec.name(father, NameKind.NICKNAME, nickname(mint, father.forename))
            if mint.chance(0.06):
                rec.name(
                    father,
                    NameKind.ALIAS,
                    f"{given_name(mint, father_pool, Sex.MALE, 'adult')} {father.surname}",
                )
            family.fathers.append(father)

    def _partners(self, family: Family) -> None:
        """Mother and each known father: former partners, except perhaps the most recent."""
        mother, mint = family.mother, self.mint
        if mother is None:
            return
        for index, father in enumerate(family.fathers):
            if father is None:
                continue
            first_born = min(
                m.person.date_of_birth or self.out.as_of for m in family.in_care if m.father == index
            )
            start = first_born - timedelta(days=mint.rng.randint(200, 1500))
            current = index == len(family.fathers) - 1 and mint.chance(0.3) and not mother.date_of_death
            if current and not father.date_of_death:
                self.rec.relate(mother, father, Rel.PARTNER, start_date=start)
                if mother.address:  # they live together
                    family.fathers[index] = self.rec.move_in(father, mother)
            else:
                end = mint.between(first_born, self.out.as_of - timedelta(days=30))
                end = min(end, father.date_of_death or end, mother.date_of_death or end)
                self.rec.relate(
                    mother, father, Rel.FORMER_PARTNER, start_date=start, end_date=max(end, start)
                )

    # -- children ------------------------------------------------------------------------------------------
    def _child_names(self, family: Family, father_index: int, sex: str) -> tuple[str, str]:
        mint = self.mint
        father = family.fathers[father_index] if family.fathers else None
        pool = family.pool
        if family.ethnicity in MIXED_OTHER_PARENT and mint.chance(0.5):
            pool = BRITISH
        last = father.surname if father is not None and mint.chance(0.5) else ""
        if not last:
            last = family.mother.surname if family.mother is not None else surname(mint, family.pool)
        return given_name(mint, pool, sex, "child"), last

    def _child(self, family: Family, index: int, age: int, dob: date, start: date) -> None:
        mint, as_of = self.mint, self.out.as_of
        father_index = family.father_of[index]
        sex = demographics.sex(mint, uasc=family.uasc)
        forename, last = self._child_names(family, father_index, sex)
        person = self.rec.person(
            forename=forename,
            surname=last,
            date_of_birth=dob,
            date_of_birth_estimated=family.uasc and mint.chance(0.6),
            sex=sex,
            ethnicity=family.ethnicity,
            nhs_number=mint.nhs_number() if mint.chance(0.98) else "",
            notes="Unaccompanied asylum-seeking child; family believed to be abroad." if family.uasc else "",
        )
        if mint.chance(0.2):
            self.rec.name(person, NameKind.NICKNAME, nickname(mint, forename))
        if age >= 13 and mint.chance(0.05):
            self.rec.name(
                person,
                NameKind.ALIAS,
                f"{given_name(mint, family.pool, sex, 'child')} {surname(mint, family.pool)}",
            )
        if family.mother is not None and last != family.mother.surname and mint.chance(0.15):
            self.rec.name(person, NameKind.BIRTH, f"{forename} {family.mother.surname}")
        upn, upn_unknown = demographics.school_ids(mint, age=age, dob=dob)
        status, status_since = demographics.legal_status(
            mint, age=age, since=start, as_of=as_of, uasc=family.uasc
        )
        family.in_care.append(Member(person, father_index, age))
        family.children.append(
            ChildSpec(
                person=person.id,
                local_id=mint.local_id(),
                upn=upn,
                upn_unknown=upn_unknown,
                legal_status=status,
                legal_status_since=status_since,
                looked_after_since=start,
            )
        )
        mother = family.mother
        if mother is not None:
            self.rec.relate(mother, person, Rel.PARENT, parental_responsibility=not mother.date_of_death)
        father = family.fathers[father_index]
        if father is not None:
            has_pr = not father.date_of_death and mint.chance(0.7)
            note = "" if has_pr or father.date_of_death else "Not named on the birth certificate"
            self.rec.relate(father, person, Rel.PARENT, parental_responsibility=has_pr, description=note)

    def _siblings_in_care(self, family: Family) -> None:
        self._partners(family)
        for i, older in enumerate(family.in_care):
            for younger in family.in_care[i + 1 :]:
                same = older.father == younger.father
                self.rec.relate(older.person, younger.person, Rel.SIBLING if same else Rel.HALF_SIBLING)

    def _siblings_at_home(self, family: Family) -> None:
        mint, as_of = self.mint, self.out.as_of
        eldest = max(m.age for m in family.in_care)
        youngest = min(m.age for m in family.in_care)
        for _ in range(min(4, mint.poisson(0.8))):
            older = mint.chance(0.6) or youngest < 2
            age = (
                eldest + mint.rng.randint(1, 8) if older else youngest - mint.rng.randint(1, min(4, youngest))
            )
            father_index = mint.rng.randrange(len(family.fathers) + 1)
            father = family.fathers[father_index] if father_index < len(family.fathers) else None
            sex = Sex.MALE if mint.chance(0.5) else Sex.FEMALE
            forename = given_name(mint, family.pool, sex, "child")
            mother_surname = family.mother.surname if family.mother else surname(mint, family.pool)
            last = father.surname if father is not None and mint.chance(0.5) else mother_surname
            mother_alive = family.mother is not None and not family.mother.date_of_death
            if older:
                where = "Lives independently" if age >= 18 else "Lives with father"
            else:
                homes = ["Lives with maternal grandmother", ADOPTED] + (
                    ["Lives with mother"] if mother_alive else []
                )
                where = mint.pick(homes)
            home = {"Lives with mother": family.mother, "Lives with father": father}.get(where)
            sibling = self.rec.person(
                forename=forename,
                surname=last,
                date_of_birth=demographics.date_of_birth(mint, age, as_of),
                sex=sex,
                ethnicity=family.ethnicity,
                notes=where,
                address=home.address if home is not None else "",
                postcode=home.postcode if home is not None else "",
            )
            for member in family.in_care:
                kind = Rel.SIBLING if member.father == father_index else Rel.HALF_SIBLING
                self.rec.relate(sibling, member.person, kind, description=where)
            if family.mother is not None:
                has_pr = mother_alive and age < 18 and where != ADOPTED
                self.rec.relate(family.mother, sibling, Rel.PARENT, parental_responsibility=has_pr)
            family.at_home.append(Member(sibling, father_index, age))
