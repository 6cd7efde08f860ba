"""A carer with no location on the register still gets a distance part, in words and worth nothing, rather than
silence."""

from __future__ import annotations

from matching.needs import SchoolToKeep
from matching.rank import Part, score_parts
from matching.tests.factories import facts, needs
from matching.weights import Weights


def test_a_carer_with_no_grid_reference() -> None:
    child = needs(school=SchoolToKeep("Example Academy", 452000, 351000))
    parts = score_parts(child, facts(easting=None, northing=None), Weights())
    assert Part(0.0, "Distance from Example Academy not known: no location on the register") in parts
