"""The same needs, register and weights always give the same ranking, whatever order the register comes in; ties
are broken by register reference; the scores come best first."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from matching.needs import Area, SchoolToKeep
from matching.rank import CarerFacts, rank
from matching.tests.factories import facts, needs
from matching.weights import Weights

SKILLS = ["exploitation", "missing", "adolescents", "trauma", "disability", "siblings", "parent_and_child"]
AREAS = ["Northtown", "Southby", "Fictionalton"]

carer_facts = st.builds(
    lambda n, skills, area, occupied, east, ended, unplanned: facts(
        f"FC-{n:04d}",
        skills=set(skills),
        area=area,
        occupied=occupied,
        easting=440000 + east,
        placements_ended=ended,
        placements_unplanned=min(unplanned, ended),
    ),
    st.integers(0, 9999),
    st.sets(st.sampled_from(SKILLS)),
    st.sampled_from(AREAS),
    st.integers(0, 2),
    st.integers(0, 40000),
    st.integers(0, 6),
    st.integers(0, 6),
)
registers = st.lists(carer_facts, max_size=25, unique_by=lambda c: c.reference)
CHILD = needs(
    age=15,
    exploitation_risk="high",
    missing_pattern=True,
    school=SchoolToKeep("Example Academy", 450000, 350000),
    key_stage_4=True,
    avoid_areas=(Area("Northtown", "went missing there"),),
)


@settings(max_examples=60, deadline=None)
@given(registers, st.randoms())
def test_the_order_of_the_register_does_not_matter(register: list[CarerFacts], shuffler: object) -> None:
    first = rank(CHILD, register, Weights())
    shuffled = list(register)
    shuffler.shuffle(shuffled)  # type: ignore[attr-defined]
    second = rank(CHILD, shuffled, Weights())
    assert first == second
    scores = [(-r.score, r.carer.reference) for r in first.ranked]
    assert scores == sorted(scores)
    assert len(first.ranked) + len(first.excluded) == len(register)


def test_a_tie_is_broken_by_reference() -> None:
    ranking = rank(needs(), [facts("FC-0009"), facts("FC-0002"), facts("FC-0005")], Weights())
    assert [r.carer.reference for r in ranking.ranked] == ["FC-0002", "FC-0005", "FC-0009"]
