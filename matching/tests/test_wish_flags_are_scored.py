"""The child's wishes to stay in the authority's area and at the same school are scored, each part in words, with
the weights wish_stay_in_area and wish_same_school (default 6 each)."""

from __future__ import annotations

from matching.needs import SchoolToKeep, WishFlag
from matching.rank import Part, score_parts
from matching.tests.factories import facts, needs
from matching.weights import Weights

SCHOOL = SchoolToKeep("Example Academy", 450000, 350000)


def test_staying_in_the_area() -> None:
    child = needs(wish_flags=(WishFlag.STAY_IN_AREA,))
    inside = score_parts(child, facts(in_authority=True), Weights())
    assert Part(6.0, "Lets the child stay in the authority's area, as they wish") in inside
    outside = score_parts(child, facts(in_authority=False), Weights())
    assert Part(-6.0, "Outside the authority's area; the child wants to stay in it") in outside


def test_staying_at_the_same_school() -> None:
    child = needs(school=SCHOOL, wish_flags=(WishFlag.SAME_SCHOOL,))
    near = score_parts(child, facts(easting=451000, northing=350000), Weights())
    assert Part(6.0, "Near enough to stay at Example Academy, as the child wishes") in near
    far = score_parts(child, facts(easting=500000, northing=350000), Weights())
    assert Part(-6.0, "The child wants to stay at Example Academy; this would change school") in far
    heavier = score_parts(child, facts(easting=451000, northing=350000), Weights(wish_same_school=9))
    assert Part(9.0, "Near enough to stay at Example Academy, as the child wishes") in heavier
