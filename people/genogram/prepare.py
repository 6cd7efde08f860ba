"""The layout's first step: the input cleaned and indexed, in one canonical order.

Everything later iterates over what this gives, never over an unsorted set, so that the same family always gives
the same drawing whatever order its parts came in. Links naming someone not in the family, links from a person to
themselves and repeated links are left out; ids given twice keep their first person, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from people.genogram.model import (
    FamilyIn,
    GenerationHint,
    ParentKind,
    ParentLink,
    PersonIn,
    SiblingLink,
    Tie,
    UnionStatus,
)

# When one couple has more than one partnership recorded, the line shows the first of these.
STATUS_PRIORITY = (
    UnionStatus.CURRENT,
    UnionStatus.DIVORCED,
    UnionStatus.SEPARATED,
    UnionStatus.ENDED,
    UnionStatus.IMPLIED,
)
PRIMARY_KINDS = (ParentKind.BIRTH, ParentKind.ADOPTIVE, ParentKind.STEP)

Key = tuple[bool, date, str, str]


def person_key(person: PersonIn) -> Key:
    """Birth order (unknown last), then name, then id: the tie-break used everywhere."""
    return (person.born is None, person.born or date.min, person.label, person.id)


@dataclass
class Prepared:
    persons: dict[str, PersonIn]  # in person_key order
    unions: dict[tuple[str, str], UnionStatus]  # (a, b) with a before b in person_key order
    parents: list[ParentLink]
    siblings: list[SiblingLink]
    hints: list[GenerationHint]
    ties: list[Tie]
    households: list[tuple[str, ...]]
    warnings: list[str] = field(default_factory=list)

    def key(self, person_id: str) -> Key:
        return person_key(self.persons[person_id])

    def label(self, person_id: str) -> str:
        return self.persons[person_id].label

    def pair(self, a: str, b: str) -> tuple[str, str]:
        return (a, b) if self.key(a) <= self.key(b) else (b, a)


def prepare(family: FamilyIn) -> Prepared:
    warnings: list[str] = []
    persons: dict[str, PersonIn] = {}
    for person in family.persons:
        if person.id in persons:
            warnings.append(f"{person.label} is given twice; drawn once")
            continue
        persons[person.id] = person
    ordered = dict(sorted(persons.items(), key=lambda item: person_key(item[1])))
    prep = Prepared(ordered, {}, [], [], [], [], [], warnings)

    def known(*ids: str) -> bool:
        return all(i in ordered for i in ids) and len(set(ids)) == len(ids)

    for union in sorted(family.unions, key=lambda u: (u.a, u.b, u.status)):
        if not known(union.a, union.b):
            continue
        pair = prep.pair(union.a, union.b)
        held = prep.unions.get(pair)
        if held is None or STATUS_PRIORITY.index(union.status) < STATUS_PRIORITY.index(held):
            prep.unions[pair] = union.status
    prep.unions = dict(
        sorted(prep.unions.items(), key=lambda item: (prep.key(item[0][0]), prep.key(item[0][1])))
    )

    seen_links: set[tuple[str, str, ParentKind]] = set()
    for link in sorted(family.parents, key=lambda p: (p.parent, p.child, PRIMARY_KINDS.index(p.kind))):
        if known(link.parent, link.child) and (link.parent, link.child, link.kind) not in seen_links:
            seen_links.add((link.parent, link.child, link.kind))
            prep.parents.append(link)
    prep.parents.sort(key=lambda p: (prep.key(p.child), prep.key(p.parent), PRIMARY_KINDS.index(p.kind)))

    seen_pairs: set[tuple[str, str]] = set()
    for sibling in sorted(family.siblings, key=lambda s: (s.a, s.b, s.half)):
        if known(sibling.a, sibling.b) and prep.pair(sibling.a, sibling.b) not in seen_pairs:
            a, b = prep.pair(sibling.a, sibling.b)
            seen_pairs.add((a, b))
            prep.siblings.append(SiblingLink(a, b, sibling.half))
    prep.siblings.sort(key=lambda s: (prep.key(s.a), prep.key(s.b)))

    for hint in sorted(family.hints, key=lambda h: (h.upper, h.lower, h.gap)):
        if known(hint.upper, hint.lower):
            upper, lower = (hint.upper, hint.lower) if hint.gap >= 0 else (hint.lower, hint.upper)
            prep.hints.append(GenerationHint(upper, lower, abs(hint.gap)))
    prep.hints.sort(key=lambda h: (h.gap, prep.key(h.upper), prep.key(h.lower)))

    seen_ties: set[tuple[str, str, str]] = set()
    for tie in sorted(family.ties, key=lambda t: (t.a, t.b, t.quality)):
        if known(tie.a, tie.b):
            a, b = prep.pair(tie.a, tie.b)
            if (a, b, tie.quality) not in seen_ties:
                seen_ties.add((a, b, tie.quality))
                prep.ties.append(Tie(a, b, tie.quality))
    prep.ties.sort(key=lambda t: (prep.key(t.a), prep.key(t.b), t.quality))

    households = {tuple(sorted((i for i in h if i in ordered), key=prep.key)) for h in family.households}
    prep.households = sorted((h for h in households if len(h) >= 2), key=lambda h: [prep.key(i) for i in h])
    return prep


def primary_parents(prep: Prepared, links: list[ParentLink]) -> dict[str, tuple[tuple[str, ...], ParentKind]]:
    """For each child, the one or two parents it hangs from, and the kind of that link: birth parents if any are
    recorded, else adoptive, else step-parents. Of more than two, a recorded couple comes first, then birth
    order; the rest are drawn as separate lines."""
    by_child: dict[str, list[ParentLink]] = {}
    for link in links:
        by_child.setdefault(link.child, []).append(link)
    result: dict[str, tuple[tuple[str, ...], ParentKind]] = {}
    for child, child_links in by_child.items():
        kind = min((link.kind for link in child_links), key=PRIMARY_KINDS.index)
        candidates = sorted({link.parent for link in child_links if link.kind == kind}, key=prep.key)
        chosen = candidates[:2]
        if len(candidates) > 2:
            couples = [
                (a, b)
                for i, a in enumerate(candidates)
                for b in candidates[i + 1 :]
                if prep.pair(a, b) in prep.unions
            ]
            if couples:
                chosen = list(couples[0])
        result[child] = (tuple(sorted(chosen, key=prep.key)), kind)
    return result


def full_sibling_parents(
    prep: Prepared, kept: list[ParentLink], primary: dict[str, tuple[tuple[str, ...], ParentKind]]
) -> list[ParentLink]:
    """Parent links derived, not guessed: a brother or sister recorded as a full sibling (not a half-sibling) of
    someone whose birth parents are recorded shares those parents, so when none of their own are recorded they
    hang from the same line. `primary` is updated; a link that would make someone their own ancestor is not
    derived."""
    children: dict[str, set[str]] = {pid: set() for pid in prep.persons}
    for link in kept:
        children[link.parent].add(link.child)

    def reaches(start: str, target: str) -> bool:
        todo, seen = [start], {start}
        while todo:
            for child in children[todo.pop()]:
                if child == target:
                    return True
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        return False

    derived: list[ParentLink] = []
    changed = True
    while changed:
        changed = False
        for sibling in prep.siblings:
            if sibling.half:
                continue
            for loner, known in ((sibling.a, sibling.b), (sibling.b, sibling.a)):
                if loner in primary or known not in primary or primary[known][1] != ParentKind.BIRTH:
                    continue
                parents = primary[known][0]
                if any(p == loner or reaches(loner, p) for p in parents):
                    continue
                primary[loner] = (parents, ParentKind.BIRTH)
                for parent in parents:
                    children[parent].add(loner)
                    derived.append(ParentLink(parent, loner))
                changed = True
    return derived
