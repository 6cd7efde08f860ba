"""Ranking the register for a child's needs, every step explained in words (learning point 7 of the Child R review).

Hard limits come first: a carer who fails one is excluded, with each failed limit as a reason. The others are scored
by parts (matching/weights.py), each part a number of points and a sentence; the score is their sum. Ties are broken
by register reference, so the same needs, register and weights always give the same order. Pure: no ORM, no I/O.
A connected carer is approved for a named child (Care Planning, Placement and Case Review (England) Regulations 2010,
regulation 24, and the Fostering Services (England) Regulations 2011): the register does not name that child, so the
child's own placements say it (`placed_with`, the register entries the child has been placed with).
A change of school in Key Stage 4 needs the nominated officer's approval: CPPCR regulation 10 (R5 in the statutory
rules)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from matching.needs import Needs, WishFlag
from matching.weights import Weights

METRES_PER_MILE = 1609.344
ADOLESCENT_AGE = 11
SUPPORTED_MIN_AGE = 16

# The register's codes (care/register_models.py), repeated so that this module needs no Django.
ACTIVE = "active"
SUPPORTED = "supported"
CONNECTED = "connected"
FAMILY_KINDS = frozenset({"own_foster", "agency_foster", "connected"})
STATUS_WORDS = {"on_hold": "on hold, not taking placements", "closed": "no longer approved or closed"}
SEX_WORDS = {"female": "girls", "male": "boys"}
SKILL_WORDS = {
    "exploitation": "exploitation risk",
    "missing": "children who go missing",
    "adolescents": "caring for adolescents",
    "trauma": "trauma-informed care",
    "disability": "disability",
    "siblings": "sibling groups",
    "parent_and_child": "parent and child placements",
}
SUPPORT_WORDS = {
    "therapeutic": "therapeutic support for the child's trauma",
    "out_of_hours": "an out-of-hours support line for a child who goes missing",
    "waking_night": "waking night staff for a child at high risk",
}


@dataclass(frozen=True)
class CarerFacts:
    """What ranking needs of one register entry: the entry, how many children it has now (occupied) and its record of
    placements (how many it had, and how many of those ended unplanned)."""

    id: UUID
    reference: str
    name: str
    kind: str
    status: str
    area: str
    in_authority: bool
    easting: int | None
    northing: int | None
    min_age: int
    max_age: int
    places: int
    sex_limit: str
    skills: frozenset[str]
    support: frozenset[str]
    occupied: int = 0
    placements_ended: int = 0
    placements_unplanned: int = 0

    @property
    def vacancies(self) -> int:
        return max(0, self.places - self.occupied)


@dataclass(frozen=True)
class Part:
    points: float
    words: str


@dataclass(frozen=True)
class Ranked:
    carer: CarerFacts
    score: float
    parts: list[Part]


@dataclass(frozen=True)
class Excluded:
    carer: CarerFacts
    reasons: list[str]


@dataclass(frozen=True)
class Ranking:
    ranked: list[Ranked]
    excluded: list[Excluded]


def needed_skills(needs: Needs) -> list[str]:
    """The skills the needs call for, in a fixed order."""
    wanted = []
    if needs.exploitation_risk != "none":
        wanted.append("exploitation")
    if needs.missing_pattern:
        wanted.append("missing")
    if needs.age >= ADOLESCENT_AGE:
        wanted.append("adolescents")
    if needs.trauma:
        wanted.append("trauma")
    if needs.disability:
        wanted.append("disability")
    if needs.siblings:
        wanted.append("siblings")
    if needs.parent_and_child:
        wanted.append("parent_and_child")
    return wanted


def needed_support(needs: Needs) -> list[str]:
    wanted = []
    if needs.trauma:
        wanted.append("therapeutic")
    if needs.missing_pattern:
        wanted.append("out_of_hours")
    if needs.exploitation_risk == "high":
        wanted.append("waking_night")
    return wanted


def _places(n: int) -> str:
    return f"{n} place{'' if n == 1 else 's'}"


def _sibling_limits(needs: Needs, carer: CarerFacts) -> list[str]:
    """The approval range and sex limit hold for every brother or sister placed together with the child."""
    reasons = []
    for sibling in needs.sibling_group:
        if sibling.age is not None and not carer.min_age <= sibling.age <= carer.max_age:
            reasons.append(
                f"Approved for ages {carer.min_age} to {carer.max_age}; a brother or sister to place together "
                f"is {sibling.age}"
            )
        if carer.sex_limit in SEX_WORDS and sibling.sex != carer.sex_limit:
            who = {"female": "a sister", "male": "a brother"}.get(
                sibling.sex, "a brother or sister whose sex is not known"
            )
            reasons.append(f"Approved for {SEX_WORDS[carer.sex_limit]} only; {who} is to be placed together")
    return list(dict.fromkeys(reasons))


def _connected_to_another(carer: CarerFacts, placed_with: frozenset[UUID] | None) -> bool:
    """A connected carer who has had a child placed, never this one, is approved for another child. One with no
    child placed yet may have been approved for this child: not excluded, but the score says to check."""
    return (
        carer.kind == CONNECTED
        and placed_with is not None
        and carer.id not in placed_with
        and (carer.occupied > 0 or carer.placements_ended > 0)
    )


def hard_limits(needs: Needs, carer: CarerFacts, placed_with: frozenset[UUID] | None = None) -> list[str]:
    """Each hard limit the carer fails, in words; empty when the child may be placed there. `placed_with` is the
    register entries the child has been placed with (None: not known, and the connected carer rule is not applied)."""
    reasons = []
    if carer.status != ACTIVE:
        reasons.append(f"Not taking placements: {STATUS_WORDS.get(carer.status, carer.status)}")
    if not carer.min_age <= needs.age <= carer.max_age:
        reasons.append(f"Approved for ages {carer.min_age} to {carer.max_age}; the child is {needs.age}")
    if carer.sex_limit in SEX_WORDS and needs.sex != carer.sex_limit:
        reasons.append(f"Approved for {SEX_WORDS[carer.sex_limit]} only")
    reasons.extend(_sibling_limits(needs, carer))
    if _connected_to_another(carer, placed_with):
        reasons.append(
            "Approved as a connected carer for another child: this child has never been placed with them"
        )
    free, children = carer.vacancies, needs.children_to_place
    if free == 0:
        reasons.append(f"No vacancy (all {_places(carer.places)} taken)")
    elif free < children:
        reasons.append(f"{_places(free)} free, {children} children to place together")
    if carer.kind == SUPPORTED and needs.age < SUPPORTED_MIN_AGE:
        reasons.append(
            f"Supported accommodation is for young people of 16 and over; the child is {needs.age}"
        )
    if needs.parent_and_child and "parent_and_child" not in carer.skills:
        reasons.append("Not approved for parent and child placements")
    return reasons


@dataclass(frozen=True)
class _Prepared:
    """The needs worked out once for the whole register."""

    skills: list[tuple[str, str]]
    support: list[tuple[str, str]]
    avoid: dict[str, str]
    near: dict[str, str]
    school: tuple[str, int, int] | None
    school_name: str | None
    wants_family: bool
    wants_area: bool
    wants_school: bool
    placed_with: frozenset[UUID] | None


def _prepare(needs: Needs, placed_with: frozenset[UUID] | None = None) -> _Prepared:
    school = needs.school
    return _Prepared(
        skills=[(s, SKILL_WORDS[s]) for s in needed_skills(needs)],
        support=[(s, SUPPORT_WORDS[s]) for s in needed_support(needs)],
        avoid={a.name.strip().casefold(): a.why for a in needs.avoid_areas if a.name.strip()},
        near={a.name.strip().casefold(): a.why for a in needs.near_areas if a.name.strip()},
        school=(school.name, school.easting, school.northing)  # type: ignore[arg-type]
        if school is not None and school.located
        else None,
        school_name=school.name if school is not None else None,
        wants_family=WishFlag.FAMILY_SETTING in needs.wish_flags,
        wants_area=WishFlag.STAY_IN_AREA in needs.wish_flags,
        wants_school=WishFlag.SAME_SCHOOL in needs.wish_flags,
        placed_with=placed_with,
    )


def _miles_words(miles: float) -> str:
    if miles < 1:
        return "under a mile"
    rounded = round(miles)
    return f"{rounded} mile{'' if rounded == 1 else 's'}"


def score_parts(
    needs: Needs, carer: CarerFacts, weights: Weights, prepared: _Prepared | None = None
) -> list[Part]:
    """The parts of a carer's score, each in words."""
    p = prepared or _prepare(needs)
    parts: list[Part] = []
    for skill, words in p.skills:
        if skill in carer.skills:
            parts.append(Part(weights.skill_match, f"Trained in {words}"))
        else:
            parts.append(Part(weights.skill_missing, f"Not trained in {words}"))
    located = carer.easting is not None and carer.northing is not None
    if p.wants_school and p.school is None:
        where = (
            f"the school's place ({p.school_name}) is not known" if p.school_name else "no school is named"
        )
        parts.append(Part(0.0, f"The child wants to stay at the same school: not scored, as {where}"))
    if p.school is not None and not located:
        parts.append(Part(0.0, f"Distance from {p.school[0]} not known: no location on the register"))
        if p.wants_school:
            parts.append(
                Part(
                    0.0, f"The child wants to stay at {p.school[0]}: not scored, as the distance is not known"
                )
            )
    if p.school is not None and carer.easting is not None and carer.northing is not None:
        name, easting, northing = p.school
        miles = math.hypot(carer.easting - easting, carer.northing - northing) / METRES_PER_MILE
        if miles <= weights.school_miles:
            points = weights.school_near * (1 - miles / weights.school_miles) if weights.school_miles else 0.0
            parts.append(Part(round(points, 1), f"{_miles_words(miles).capitalize()} from {name}"))
            if p.wants_school:
                parts.append(
                    Part(weights.wish_same_school, f"Near enough to stay at {name}, as the child wishes")
                )
        else:
            if p.wants_school:
                parts.append(
                    Part(
                        -weights.wish_same_school,
                        f"The child wants to stay at {name}; this would change school",
                    )
                )
            parts.append(
                Part(
                    weights.school_change,
                    f"{_miles_words(miles).capitalize()} from {name}: would mean a change of school",
                )
            )
            if needs.key_stage_4:
                parts.append(
                    Part(
                        weights.school_change_ks4,
                        "A change of school in Key Stage 4 needs the nominated officer's approval (regulation 10, R5)",
                    )
                )
    area = carer.area.strip().casefold()
    if area and area in p.avoid:
        why = p.avoid[area]
        parts.append(
            Part(
                weights.avoid_area,
                f"In {carer.area}, an area the child should stay away from" + (f": {why}" if why else ""),
            )
        )
    if area and area in p.near:
        why = p.near[area]
        parts.append(
            Part(
                weights.near_area,
                f"In {carer.area}, an area the child should be near" + (f": {why}" if why else ""),
            )
        )
    for support, words in p.support:
        if support in carer.support:
            parts.append(Part(weights.support_match, f"Offers {words}"))
    if carer.placements_ended >= weights.record_min_placements:
        if carer.placements_unplanned:
            share = carer.placements_unplanned / carer.placements_ended
            parts.append(
                Part(
                    round(weights.unplanned_endings * share, 1),
                    f"{carer.placements_unplanned} of {carer.placements_ended} past placements ended unplanned",
                )
            )
        else:
            parts.append(
                Part(
                    weights.stable_record, f"None of {carer.placements_ended} past placements ended unplanned"
                )
            )
    if carer.in_authority:
        parts.append(Part(weights.in_authority, "In the authority's area"))
    if p.wants_area:
        if carer.in_authority:
            parts.append(
                Part(weights.wish_stay_in_area, "Lets the child stay in the authority's area, as they wish")
            )
        else:
            parts.append(
                Part(
                    -weights.wish_stay_in_area, "Outside the authority's area; the child wants to stay in it"
                )
            )
    if p.wants_family and carer.kind in FAMILY_KINDS:
        parts.append(Part(weights.family_setting, "A family placement, as the child wishes"))
    if carer.kind == CONNECTED and p.placed_with is not None:
        if carer.id in p.placed_with:
            parts.append(Part(0.0, "A connected carer the child has been placed with"))
        else:
            parts.append(
                Part(
                    0.0, "A connected carer with no child placed yet: check they were approved for this child"
                )
            )
    return parts


def rank(
    needs: Needs,
    carers: Iterable[CarerFacts],
    weights: Weights,
    *,
    placed_with: frozenset[UUID] | None = None,
) -> Ranking:
    """The carers who pass every hard limit, best first (ties by reference), and the others with their reasons.
    `placed_with`: the register entries the child has been placed with, for the connected carer rule."""
    prepared = _prepare(needs, placed_with)
    ranked: list[Ranked] = []
    excluded: list[Excluded] = []
    for carer in carers:
        reasons = hard_limits(needs, carer, placed_with)
        if reasons:
            excluded.append(Excluded(carer, reasons))
            continue
        parts = score_parts(needs, carer, weights, prepared)
        ranked.append(Ranked(carer, round(sum(part.points for part in parts), 6), parts))
    ranked.sort(key=lambda r: (-r.score, r.carer.reference))
    excluded.sort(key=lambda e: e.carer.reference)
    return Ranking(ranked=ranked, excluded=excluded)
