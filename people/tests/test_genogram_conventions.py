"""The genogram follows McGoldrick's conventions (McGoldrick, Gerson and Petry, "Genograms: Assessment and
Treatment"): partners side by side, a person with two partners between them, children in birth order under their
own parents' line, the symbols, the partnership marks and the relationship lines, in colours that meet WCAG AA."""

from __future__ import annotations

from datetime import date

import pytest

from people.genogram import drawing
from people.genogram.layout import SPACING, layout_family
from people.genogram.model import (
    FamilyIn,
    Layout,
    ParentLink,
    PersonIn,
    Quality,
    Sex,
    Tie,
    TieLine,
    UnionIn,
    UnionStatus,
)


def _person(pid: str, sex: Sex = Sex.OTHER, born: date | None = None, **flags: bool) -> PersonIn:
    return PersonIn(pid, f"Invented {pid.title()}", sex, born, **flags)


def _order(layout: Layout, row: int) -> list[str]:
    return [s.id for s in sorted((s for s in layout.symbols if s.row == row), key=lambda s: s.x)]


def test_partners_stand_side_by_side_in_one_row_man_on_the_left() -> None:
    family = FamilyIn(
        (_person("wife", Sex.FEMALE), _person("husband", Sex.MALE)), (UnionIn("wife", "husband"),)
    )
    layout = layout_family(family)
    assert _order(layout, 0) == ["husband", "wife"]
    assert layout.symbol("wife").x - layout.symbol("husband").x == pytest.approx(SPACING)


def test_a_person_with_two_partners_stands_between_them() -> None:
    family = FamilyIn(
        (_person("first", Sex.FEMALE), _person("man", Sex.MALE), _person("second", Sex.FEMALE)),
        (UnionIn("man", "first", UnionStatus.DIVORCED), UnionIn("man", "second")),
    )
    order = _order(layout_family(family), 0)
    assert order.index("man") == 1 and len(order) == 3


def test_children_hang_in_birth_order_eldest_on_the_left_unknown_last() -> None:
    people = (
        _person("mum", Sex.FEMALE, date(1980, 1, 1)),
        _person("dad", Sex.MALE, date(1979, 1, 1)),
        _person("youngest", born=date(2015, 1, 1)),
        _person("unknown"),
        _person("eldest", born=date(2005, 1, 1)),
        _person("middle", born=date(2010, 1, 1)),
    )
    kids = ("youngest", "unknown", "eldest", "middle")
    links = tuple(ParentLink(parent, kid) for kid in kids for parent in ("mum", "dad"))
    layout = layout_family(FamilyIn(people, (UnionIn("mum", "dad"),), links))
    assert _order(layout, 1) == ["eldest", "middle", "youngest", "unknown"]
    (sibship,) = layout.sibships
    assert [c.child for c in sibship.children] == ["eldest", "middle", "youngest", "unknown"]


def test_half_siblings_hang_from_their_own_parents_line() -> None:
    people = (
        _person("mum", Sex.FEMALE),
        _person("first", Sex.MALE),
        _person("second", Sex.MALE),
        _person("older", born=date(2008, 1, 1)),
        _person("younger", born=date(2014, 1, 1)),
    )
    layout = layout_family(
        FamilyIn(
            people,
            (UnionIn("mum", "first", UnionStatus.SEPARATED), UnionIn("mum", "second")),
            (
                ParentLink("mum", "older"),
                ParentLink("first", "older"),
                ParentLink("mum", "younger"),
                ParentLink("second", "younger"),
            ),
        )
    )
    hanging = {c.child: set(s.parents) for s in layout.sibships for c in s.children}
    assert hanging == {"older": {"mum", "first"}, "younger": {"mum", "second"}}
    origins = {s.parents: s.origin for s in layout.sibships}
    lines = {frozenset((u.a, u.b)): u.mid for u in layout.unions}
    for parents, origin in origins.items():
        assert origin == lines[frozenset(parents)]
    assert _order(layout, 0).index("mum") == 1  # between her two partners


def test_parents_with_no_partnership_recorded_are_joined_by_a_dotted_line() -> None:
    people = (_person("mum", Sex.FEMALE), _person("dad", Sex.MALE), _person("kid"))
    layout = layout_family(FamilyIn(people, parents=(ParentLink("mum", "kid"), ParentLink("dad", "kid"))))
    (union,) = layout.unions
    assert union.status == UnionStatus.IMPLIED
    assert drawing.union_paths(union)[0].dash


@pytest.mark.parametrize(
    ("status", "slashes"), [(UnionStatus.CURRENT, 0), (UnionStatus.SEPARATED, 1), (UnionStatus.DIVORCED, 2)]
)
def test_separation_is_one_slash_and_divorce_two(status: UnionStatus, slashes: int) -> None:
    layout = layout_family(
        FamilyIn((_person("a", Sex.MALE), _person("b", Sex.FEMALE)), (UnionIn("a", "b", status),))
    )
    paths = drawing.union_paths(layout.unions[0])
    marks = paths[1].d.count("M") if len(paths) > 1 else 0
    assert marks == slashes


def test_symbols_square_circle_diamond_double_outline_cross_and_in_care_mark() -> None:
    family = FamilyIn(
        (
            _person("man", Sex.MALE),
            _person("woman", Sex.FEMALE, deceased=True),
            _person("child", Sex.OTHER, born=date(2012, 5, 1), subject=True, in_care=True),
        )
    )
    figures = {s.id: drawing.person_figure(s) for s in layout_family(family).symbols}
    assert " H" in figures["man"].paths[0].d and " A" not in figures["man"].paths[0].d  # square
    assert " A" in figures["woman"].paths[0].d  # circle
    assert "H" not in figures["child"].paths[0].d and " A" not in figures["child"].paths[0].d  # diamond
    assert len(figures["woman"].paths) == 2 and "died" in figures["woman"].title  # crossed through
    child = figures["child"]
    assert child.paths[1].d != child.paths[0].d  # the double outline of the index person
    assert any(t.text == "C" for t in child.texts) and "in care" in child.title
    assert any(t.text == "born 2012" for t in child.texts)


def test_a_restricted_person_shows_their_name_only() -> None:
    secret = PersonIn(
        "sky", "Sky Invented", Sex.FEMALE, date(2013, 1, 1), deceased=True, in_care=True, restricted=True
    )
    figure = drawing.person_figure(layout_family(FamilyIn((secret,))).symbols[0])
    assert [t.text for t in figure.texts] == ["Sky Invented"]
    assert len(figure.paths) == 1 and "A" not in figure.paths[0].d  # a plain diamond: not even the sex
    assert "cannot open" in figure.title and "2013" not in figure.title


def test_each_quality_has_its_own_line() -> None:
    line = TieLine("a", "b", Quality.CLOSE, (0, 0), (50, 0), (100, 0))
    styles = {q: drawing.tie_paths(TieLine("a", "b", q, line.start, line.control, line.end)) for q in Quality}
    assert len(styles[Quality.CLOSE]) == 2  # a double line
    assert styles[Quality.DISTANT][0].dash  # dashed
    assert styles[Quality.CONFLICT][0].stroke == drawing.INK and styles[Quality.CONFLICT][0].d.count("L") > 8
    assert {p.stroke for p in styles[Quality.ABUSE]} == {drawing.RED} and len(styles[Quality.ABUSE]) == 2
    assert styles[Quality.CUT_OFF][0].d.count("M") == 4  # two halves and two bars
    shapes = {tuple((p.d, p.dash, p.stroke) for p in paths) for paths in styles.values()}
    assert len(shapes) == len(Quality)


def test_a_relationship_line_bends_round_people_in_its_way() -> None:
    people = tuple(_person(pid) for pid in ("left", "middle", "right"))
    layout = layout_family(FamilyIn(people, ties=(Tie("left", "right", Quality.CLOSE),)))
    (tie,) = layout.ties
    straight_y = (tie.start[1] + tie.end[1]) / 2
    assert tie.control[1] != straight_y


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("colour", [drawing.INK, drawing.SECONDARY, drawing.RED, drawing.BLUE])
def test_colours_meet_wcag_aa_contrast_on_white(colour: str) -> None:
    ratio = (1.05) / (_luminance(colour) + 0.05)
    assert ratio >= 4.5, f"{colour}: {ratio:.2f}"
