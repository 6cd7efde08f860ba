"""Every part of a carer's score is a sentence: skills matched and missing, the distance to the school to keep (and
the change of school, with the Key Stage 4 approval), areas to avoid and to be near, support, the carer's record,
the authority's area and the child's wish for a family."""

from __future__ import annotations

from matching.needs import Area, SchoolToKeep
from matching.rank import Part, rank
from matching.tests.factories import facts, needs
from matching.weights import Weights

SCHOOL = SchoolToKeep("Example Academy", 450000, 350000)


def _parts(child_needs: object, **carer: object) -> list[Part]:
    ranking = rank(child_needs, [facts(**carer)], Weights())  # type: ignore[arg-type]
    return ranking.ranked[0].parts


def _words(child_needs: object, **carer: object) -> list[str]:
    return [p.words for p in _parts(child_needs, **carer)]


def test_skills_matched_and_missing() -> None:
    child = needs(
        age=14, exploitation_risk="medium", missing_pattern=True, trauma=True, disability=True, siblings=1
    )
    parts = _parts(child, skills={"exploitation", "adolescents"}, in_authority=False)
    assert [(p.points, p.words) for p in parts] == [
        (10.0, "Trained in exploitation risk"),
        (-8.0, "Not trained in children who go missing"),
        (10.0, "Trained in caring for adolescents"),
        (-8.0, "Not trained in trauma-informed care"),
        (-8.0, "Not trained in disability"),
        (-8.0, "Not trained in sibling groups"),
    ]


def test_distance_to_the_school_in_miles() -> None:
    child = needs(school=SCHOOL)
    words = _words(child, easting=450000 + 6437, northing=350000)  # 4 miles east
    assert "4 miles from Example Academy" in words
    assert "Under a mile from Example Academy" in _words(child)


def test_a_distant_carer_means_a_change_of_school_and_in_key_stage_4_the_approval() -> None:
    far = {"easting": 450000 + 24140, "northing": 350000}  # 15 miles
    assert "15 miles from Example Academy: would mean a change of school" in _words(
        needs(school=SCHOOL), **far
    )
    parts = _parts(needs(age=15, school=SCHOOL, key_stage_4=True), **far)
    approval = [p for p in parts if "Key Stage 4" in p.words]
    assert approval == [
        Part(
            -15.0,
            "A change of school in Key Stage 4 needs the nominated officer's approval (regulation 10, R5)",
        )
    ]


def test_an_area_to_avoid_is_a_strong_negative_saying_why() -> None:
    child = needs(avoid_areas=(Area("Northtown", "the child went missing there 3 times"),))
    parts = _parts(child, area="Northtown")
    assert (
        Part(
            -40.0,
            "In Northtown, an area the child should stay away from: the child went missing there 3 times",
        )
        in parts
    )


def test_an_area_to_be_near() -> None:
    child = needs(near_areas=(Area("Southby", "grandmother lives there"),))
    assert "In Southby, an area the child should be near: grandmother lives there" in _words(
        child, area="Southby"
    )


def test_support_for_the_needs() -> None:
    child = needs(trauma=True, missing_pattern=True, exploitation_risk="high")
    words = _words(child, support={"therapeutic", "out_of_hours", "waking_night"})
    assert "Offers therapeutic support for the child's trauma" in words
    assert "Offers an out-of-hours support line for a child who goes missing" in words
    assert "Offers waking night staff for a child at high risk" in words


def test_the_carers_record_of_unplanned_endings() -> None:
    parts = _parts(needs(), placements_ended=4, placements_unplanned=2)
    assert Part(-10.0, "2 of 4 past placements ended unplanned") in parts
    assert "None of 5 past placements ended unplanned" in _words(needs(), placements_ended=5)
    assert not any(
        "past placements" in w for w in _words(needs(), placements_ended=2, placements_unplanned=1)
    )


def test_in_the_authoritys_area_and_a_family_setting() -> None:
    child = needs(wish_flags=("family_setting",))
    assert _words(child) == ["In the authority's area", "A family placement, as the child wishes"]
    assert _words(child, kind="childrens_home", in_authority=False) == []


def test_the_score_is_the_sum_of_its_parts() -> None:
    child = needs(age=14, exploitation_risk="high", school=SCHOOL)
    ranked = rank(child, [facts(skills={"exploitation"})], Weights()).ranked[0]
    assert ranked.score == round(sum(p.points for p in ranked.parts), 6)
