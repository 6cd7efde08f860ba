"""The genogram layout's invariants, on random families of up to 60 people (several generations, remarriages,
half-siblings, step-parents, missing dates, contradictory data): no two symbols overlap; every child is strictly
below each of its parents; everyone appears exactly once; the same family gives the same layout, whatever order
its parts come in; a family that makes someone their own ancestor is still drawn, with a warning."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from people.genogram.layout import layout_family
from people.genogram.model import (
    FamilyIn,
    GenerationHint,
    Layout,
    ParentKind,
    ParentLink,
    PersonIn,
    Quality,
    Sex,
    SiblingLink,
    Tie,
    UnionIn,
    UnionStatus,
)

MAX_PEOPLE = 60
SETTINGS = settings(max_examples=80, deadline=None, derandomize=True)


def _person(draw: st.DrawFn, index: int, born_after: date | None = None) -> PersonIn:
    start = (born_after or date(1900, 1, 1)) + timedelta(days=16 * 365)
    born = draw(st.none() | st.dates(min(start, date(2024, 1, 1)), date(2025, 1, 1)))
    return PersonIn(
        id=f"p{index:02d}",
        label=f"Invented Person{index}",
        sex=draw(st.sampled_from(list(Sex))),
        born=born,
        deceased=draw(st.booleans()),
        in_care=draw(st.booleans()),
        restricted=draw(st.integers(0, 9)) == 0,
    )


@st.composite
def families(draw: st.DrawFn, *, cycles: bool = False) -> FamilyIn:
    """A family grown generation by generation: founders and their partners, children of couples and of lone
    parents, second and third partners (so half-siblings), step-parents, siblings, grandparent hints, relationship
    qualities and households; with `cycles`, also links that make someone their own ancestor."""
    size = draw(st.integers(1, MAX_PEOPLE))
    persons = [_person(draw, 0)]
    unions: list[UnionIn] = []
    parents: list[ParentLink] = []
    while len(persons) < size:
        index = len(persons)
        action = draw(st.sampled_from(["child", "child", "child", "partner", "founder"]))
        if action == "child" and unions and draw(st.booleans()):
            union = draw(st.sampled_from(unions))
            kind = draw(st.sampled_from([ParentKind.BIRTH, ParentKind.BIRTH, ParentKind.ADOPTIVE]))
            persons.append(_person(draw, index))
            parents += [
                ParentLink(union.a, f"p{index:02d}", kind),
                ParentLink(union.b, f"p{index:02d}", kind),
            ]
        elif action == "child":
            parent = draw(st.sampled_from(persons))
            persons.append(_person(draw, index, parent.born))
            parents.append(ParentLink(parent.id, f"p{index:02d}"))
        elif action == "partner":
            other = draw(st.sampled_from(persons))
            persons.append(_person(draw, index))
            unions.append(UnionIn(other.id, f"p{index:02d}", draw(st.sampled_from(list(UnionStatus)))))
        else:
            persons.append(_person(draw, index))
    ids = [p.id for p in persons]
    pick = st.sampled_from(ids)
    unions += [UnionIn(a, b) for a, b in draw(st.lists(st.tuples(pick, pick), max_size=3))]  # even odd ones
    parents += [
        ParentLink(a, b, ParentKind.STEP)
        for a, b in draw(st.lists(st.tuples(pick, pick), max_size=4))
        if ids.index(a) < ids.index(b)
    ]
    if cycles:
        parents += [
            ParentLink(a, b) for a, b in draw(st.lists(st.tuples(pick, pick), min_size=1, max_size=4))
        ]
    subject = draw(pick)
    persons = [replace(p, subject=p.id == subject) for p in persons]
    return FamilyIn(
        persons=tuple(persons),
        unions=tuple(unions),
        parents=tuple(parents),
        siblings=tuple(
            SiblingLink(a, b, half)
            for a, b, half in draw(st.lists(st.tuples(pick, pick, st.booleans()), max_size=6))
        ),
        hints=tuple(
            GenerationHint(a, b, gap)
            for a, b, gap in draw(st.lists(st.tuples(pick, pick, st.integers(0, 2)), max_size=6))
        ),
        ties=tuple(
            Tie(a, b, q)
            for a, b, q in draw(st.lists(st.tuples(pick, pick, st.sampled_from(list(Quality))), max_size=8))
        ),
        households=tuple(draw(st.lists(st.frozensets(pick, min_size=1, max_size=5), max_size=3))),
    )


def _overlap(layout: Layout) -> list[tuple[str, str]]:
    symbols = sorted(layout.symbols, key=lambda s: (s.y, s.x))
    clashes = []
    for i, a in enumerate(symbols):
        for b in symbols[i + 1 :]:
            if abs(a.x - b.x) < (a.size + b.size) / 2 and abs(a.y - b.y) < (a.size + b.size) / 2:
                clashes.append((a.id, b.id))
    return clashes


@SETTINGS
@given(family=families())
def test_no_two_symbols_overlap(family: FamilyIn) -> None:
    assert _overlap(layout_family(family)) == []


@SETTINGS
@given(family=families())
def test_every_child_is_below_each_of_its_parents(family: FamilyIn) -> None:
    layout = layout_family(family)
    assert layout.dropped_parent_links == ()  # these families make no one their own ancestor
    for link in family.parents:
        if link.parent != link.child:
            assert layout.symbol(link.child).y > layout.symbol(link.parent).y, link


@SETTINGS
@given(family=families(cycles=True))
def test_everyone_appears_exactly_once(family: FamilyIn) -> None:
    layout = layout_family(family)
    drawn = [s.id for s in layout.symbols]
    assert sorted(drawn) == sorted({p.id for p in family.persons})
    assert len(drawn) == len(set(drawn))


@SETTINGS
@given(family=families(cycles=True), data=st.data())
def test_the_same_family_gives_the_same_layout(family: FamilyIn, data: st.DataObject) -> None:
    first = layout_family(family)
    assert layout_family(family) == first
    shuffled = FamilyIn(
        persons=tuple(data.draw(st.permutations(family.persons))),
        unions=tuple(data.draw(st.permutations(family.unions))),
        parents=tuple(data.draw(st.permutations(family.parents))),
        siblings=tuple(data.draw(st.permutations(family.siblings))),
        hints=tuple(data.draw(st.permutations(family.hints))),
        ties=tuple(data.draw(st.permutations(family.ties))),
        households=tuple(data.draw(st.permutations(family.households))),
    )
    assert layout_family(shuffled) == first


@SETTINGS
@given(family=families(cycles=True))
def test_someone_recorded_as_their_own_ancestor_is_drawn_with_a_warning(family: FamilyIn) -> None:
    layout = layout_family(family)
    for link in set(family.parents) - set(layout.dropped_parent_links):
        if link.parent != link.child:
            assert layout.symbol(link.child).y > layout.symbol(link.parent).y, link
    assert len(layout.warnings) >= len({(d.parent, d.child) for d in layout.dropped_parent_links})
    assert _overlap(layout) == []


def test_own_grandparent_is_reported_not_crashed() -> None:
    people = tuple(PersonIn(pid, f"Invented {pid.upper()}") for pid in ("a", "b", "c"))
    family = FamilyIn(people, parents=(ParentLink("a", "b"), ParentLink("b", "c"), ParentLink("c", "a")))

    layout = layout_family(family)

    assert len(layout.symbols) == 3
    assert len(layout.dropped_parent_links) == 1
    assert any("ancestor" in w for w in layout.warnings)
