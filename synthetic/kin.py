"""The wider family and the people around a child: grandparents, aunts and uncles, friends and associates, and the
carers they live with now."""

from __future__ import annotations

from datetime import date, timedelta

from people.codes import Ethnicity, NameKind, Sex
from people.models import RelationshipType as Rel
from synthetic import demographics, places
from synthetic.families import Family, Member, Recorder, years
from synthetic.mint import Mint
from synthetic.names import MIXED_OTHER_PARENT, given_name, nickname, pool_for, surname
from synthetic.spec import PersonSpec

PEER_FRIENDS = (
    "Friend from school",
    "Best friend",
    "Friend from the estate",
    "Friend from youth club",
    "Friend",
)
OLDER_ASSOCIATES = (
    "Older associate; known to police",
    "Met online; concern about contact",
    "Associate named in missing episodes",
    "Older associate; exploitation concern",
)
CARERS = ("Foster carer", "Foster carer (independent fostering agency)", "Key worker, children's home")


class KinBuilder:
    def __init__(self, mint: Mint, rec: Recorder) -> None:
        self.mint = mint
        self.rec = rec
        self.as_of = rec.out.as_of

    def add(self, family: Family) -> None:
        grandmother = None
        if not family.uasc:
            grandmother = self._grandparents(family)
            self._aunts_and_uncles(family)
        for member in family.in_care:
            if member.age >= 11:
                self._friends(family, member)
        self._carers(family, grandmother)

    def _children_of(self, family: Family, father_index: int | None) -> list[Member]:
        return [m for m in family.in_care if father_index is None or m.father == father_index]

    def _grandparents(self, family: Family) -> PersonSpec | None:
        """Maternal and paternal grandparents; returns a living maternal grandmother, a possible kinship carer."""
        mint, rec = self.mint, self.rec
        living_grandmother = None
        sides: list[tuple[PersonSpec, str, int | None]] = []
        if family.mother is not None:
            sides.append((family.mother, "Maternal", None))
        first_father = family.fathers[0]
        if first_father is not None:
            sides.append((first_father, "Paternal", 0))
        for parent, side, father_index in sides:
            odds = (0.55, 0.35) if side == "Maternal" else (0.3, 0.2)
            last = family.mother_maiden if side == "Maternal" and family.mother_maiden else parent.surname
            for sex, p in ((Sex.FEMALE, odds[0]), (Sex.MALE, odds[1])):
                if not mint.chance(p) or parent.date_of_birth is None:
                    continue
                born = parent.date_of_birth - years(mint.rng.uniform(18, 36))
                pool = pool_for(parent.ethnicity)
                grandparent = rec.adult(
                    pool, sex=sex, ethnicity=parent.ethnicity, born=born, generation="elder", last=last
                )
                label = f"{side} {'grandmother' if sex == Sex.FEMALE else 'grandfather'}"
                rec.relate(grandparent, parent, Rel.PARENT)
                for member in self._children_of(family, father_index):
                    rec.relate(grandparent, member.person, Rel.GRANDPARENT, description=label)
                if side == "Maternal" and sex == Sex.FEMALE and not grandparent.date_of_death:
                    living_grandmother = grandparent
        return living_grandmother

    def _aunts_and_uncles(self, family: Family) -> None:
        mint, rec = self.mint, self.rec
        for _ in range(min(3, mint.poisson(0.9))):
            maternal = family.mother is not None and (family.fathers[0] is None or mint.chance(0.6))
            parent = family.mother if maternal else family.fathers[0]
            if parent is None or parent.date_of_birth is None:
                continue
            sex = Sex.FEMALE if mint.chance(0.55) else Sex.MALE
            last = family.mother_maiden if maternal and family.mother_maiden else parent.surname
            if sex == Sex.FEMALE and mint.chance(0.4):
                last = surname(mint, pool_for(parent.ethnicity))
            relative = rec.adult(
                pool_for(parent.ethnicity),
                sex=sex,
                ethnicity=parent.ethnicity,
                born=parent.date_of_birth + years(mint.rng.uniform(-8, 8)),
                last=last,
            )
            label = f"{'Maternal' if maternal else 'Paternal'} {'aunt' if sex == Sex.FEMALE else 'uncle'}"
            rec.relate(relative, parent, Rel.SIBLING)
            for member in self._children_of(family, None if maternal else 0):
                rec.relate(relative, member.person, Rel.AUNT_UNCLE, description=label)

    def _friends(self, family: Family, member: Member) -> None:
        """Friends and associates of an older child; a few are older people the police are worried about."""
        mint, rec = self.mint, self.rec
        for _ in range(min(3, mint.poisson(0.7))):
            older = mint.chance(0.25)
            ethnicity = demographics.ethnicity(mint)
            pool = pool_for(ethnicity)
            age = mint.rng.randint(18, 28) if older else max(10, member.age + mint.rng.randint(-2, 2))
            sex = Sex.MALE if mint.chance(0.6 if older else 0.5) else Sex.FEMALE
            friend = rec.person(
                forename=given_name(mint, pool, sex, "adult" if age >= 25 else "child"),
                surname=surname(mint, pool),
                date_of_birth=demographics.date_of_birth(mint, age, self.as_of),
                date_of_birth_estimated=older and mint.chance(0.5),
                sex=sex,
                ethnicity=ethnicity,
                phone=places.phone(mint) if mint.chance(0.5) else "",
            )
            if older and mint.chance(0.4):
                rec.name(friend, NameKind.ALIAS, nickname(mint, friend.forename).upper())
            since = mint.between(self.as_of - years(2), self.as_of - timedelta(days=14))
            ended = mint.between(since, self.as_of - timedelta(days=1)) if mint.chance(0.3) else None
            rec.relate(
                friend,
                member.person,
                Rel.FRIEND,
                description=mint.pick(OLDER_ASSOCIATES if older else PEER_FRIENDS),
                start_date=since,
                end_date=ended,
            )

    def _carer_since(self, start: date) -> date:
        """When the child came to the carer they live with now: earlier rather than later in their time in care (a
        uniform draw squared). Long-term stability in a 600-child seed rose from about 32% to 57% with it (England
        about 68%, statutory-rules.md section 4)."""
        span = (self.as_of - timedelta(days=1) - start).days
        return start + timedelta(days=int(max(span, 0) * self.mint.rng.random() ** 2))

    def _carers(self, family: Family, grandmother: PersonSpec | None) -> None:
        """Most children live with foster carers; siblings often together; some with their grandmother."""
        mint, rec = self.mint, self.rec
        shared: PersonSpec | None = None
        shared_since: date | None = None
        for member, child in zip(family.in_care, family.children, strict=True):
            start = child.looked_after_since
            if grandmother is not None and mint.chance(0.2):
                since = self._carer_since(start)
                rec.relate(
                    grandmother,
                    member.person,
                    Rel.CARER,
                    description="Kinship foster carer",
                    start_date=since,
                )
                continue
            if not mint.chance(0.75):
                continue
            if shared is None or not mint.chance(0.7):
                born = self.as_of - years(mint.rng.uniform(32, 64))
                ethnicity = demographics.ethnicity(mint)
                if ethnicity in MIXED_OTHER_PARENT or ethnicity in ("REFU", "NOBT"):
                    ethnicity = Ethnicity.WBRI
                sex = Sex.FEMALE if mint.chance(0.8) else Sex.MALE
                shared = rec.adult(
                    pool_for(ethnicity), sex=sex, ethnicity=ethnicity, born=born, may_die=False
                )
                shared_since = self._carer_since(start)
            since = max(start, shared_since or start)
            rec.relate(shared, member.person, Rel.CARER, description=mint.pick(CARERS), start_date=since)
