"""A step-parent who is not the partner of either parent has a line of their own to the child (a dashed line from
the step-parent's symbol down to the child's, with its key); one who is a parent's partner is shown by that
partnership alone, as McGoldrick draws it (people/genogram/layout.py, extra_parents)."""

from __future__ import annotations

from people.genogram.drawing import draw, polyline
from people.genogram.layout import layout_family
from people.genogram.model import FamilyIn, ParentKind, ParentLink, PersonIn, Sex, UnionIn

MOTHER = PersonIn("mother", "Invented Mother", Sex.FEMALE)
FATHER = PersonIn("father", "Invented Father", Sex.MALE)
STEP = PersonIn("step", "Invented Step", Sex.MALE)
CHILD = PersonIn("child", "Invented Child", Sex.FEMALE, subject=True)
PARENTS = (
    ParentLink("mother", "child"),
    ParentLink("father", "child"),
    ParentLink("step", "child", ParentKind.STEP),
)


def test_a_step_parent_who_is_no_parents_partner_has_a_line_to_the_child() -> None:
    layout = layout_family(FamilyIn((MOTHER, FATHER, STEP, CHILD), (UnionIn("mother", "father"),), PARENTS))
    [line] = layout.extra_parents
    step, child = layout.symbol("step"), layout.symbol("child")
    assert (line.parent, line.child, line.kind) == ("step", "child", ParentKind.STEP)
    assert (line.start, line.end) == ((step.x, step.bottom), (child.x, child.top))
    drawing = draw(layout, title="Genogram", description="A family")
    assert any(p.d == polyline([line.start, line.end]) and p.dash == "6 4" for p in drawing.lines)
    assert "Step-parent or other parent" in [figure.title for figure in drawing.legend] + [
        text.text for figure in drawing.legend for text in figure.texts
    ]


def test_a_step_parent_who_is_a_parents_partner_has_no_line_of_their_own() -> None:
    layout = layout_family(
        FamilyIn(
            (MOTHER, FATHER, STEP, CHILD),
            (UnionIn("mother", "father"), UnionIn("mother", "step")),
            PARENTS,
        )
    )
    assert layout.extra_parents == ()
