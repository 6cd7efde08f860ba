"""A child's placement needs as matching uses them: drawn from the record (matching/drawn.py) and changed or added to
by the worker, then kept as a JSON snapshot with the search (PlacementMatch.needs). Pure: no ORM."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

RISK_LEVELS = ("none", "low", "medium", "high")
SEXES = ("female", "male", "unknown")
TOO_MANY_SIBLINGS = (
    "More brothers and sisters are described than are to be placed together: raise the number, or remove those "
    "not placed with the child"
)


class WishFlag:
    """What the child said they want, as the worker ticks it (the child's own words stay in `wishes`)."""

    FAMILY_SETTING = "family_setting"
    STAY_IN_AREA = "stay_in_area"
    SAME_SCHOOL = "same_school"

    LABELS: dict[str, str] = {
        FAMILY_SETTING: "Wants to live in a family rather than a children's home",
        STAY_IN_AREA: "Wants to stay in the authority's area",
        SAME_SCHOOL: "Wants to stay at the same school",
    }


@dataclass(frozen=True)
class Area:
    """A town or district by name, with why it matters (an area to stay away from or to be near)."""

    name: str
    why: str = ""


@dataclass(frozen=True)
class SiblingToPlace:
    """A brother or sister to place together with the child, as far as the approval range and sex limit need: the
    age in years (None when not known) and the sex ("female", "male" or "unknown"). No name: the ranking is kept."""

    age: int | None
    sex: str = "unknown"

    @property
    def words(self) -> str:
        age = "age not known" if self.age is None else f"{self.age}"
        return f"{age}, {SIBLING_SEX_WORDS.get(self.sex, 'sex not known')}"


SIBLING_SEX_WORDS = {"female": "girl", "male": "boy"}


@dataclass(frozen=True)
class SchoolToKeep:
    """The school the child should keep; coordinates are OS grid metres, None when the school's place is unknown."""

    name: str
    easting: int | None = None
    northing: int | None = None

    @property
    def located(self) -> bool:
        return self.easting is not None and self.northing is not None


@dataclass(frozen=True)
class Needs:
    """`siblings` counts the brothers and sisters to be placed together with the child (0: the child alone);
    `sibling_group` describes those of them whose age and sex are known to the worker (at most `siblings`)."""

    age: int
    sex: str = "unknown"
    siblings: int = 0
    sibling_group: tuple[SiblingToPlace, ...] = ()
    exploitation_risk: str = "none"
    missing_pattern: bool = False
    missing_episodes_90_days: int = 0
    disability: bool = False
    trauma: bool = False
    parent_and_child: bool = False
    school: SchoolToKeep | None = None
    key_stage_4: bool = False
    avoid_areas: tuple[Area, ...] = ()
    near_areas: tuple[Area, ...] = ()
    wishes: str = ""
    wish_flags: tuple[str, ...] = ()
    worker_added: str = ""

    def __post_init__(self) -> None:
        if self.age < 0:
            raise ValueError("The age cannot be negative")
        if self.siblings < 0:
            raise ValueError("The number of siblings cannot be negative")
        if len(self.sibling_group) > self.siblings:
            raise ValueError(TOO_MANY_SIBLINGS)
        for sibling in self.sibling_group:
            if sibling.sex not in SEXES or (sibling.age is not None and sibling.age < 0):
                raise ValueError(f"Not a brother or sister's age and sex: {sibling!r}")
        if self.exploitation_risk not in RISK_LEVELS:
            raise ValueError(f"Unknown exploitation risk level {self.exploitation_risk!r}")
        unknown = set(self.wish_flags) - set(WishFlag.LABELS)
        if unknown:
            raise ValueError(f"Unknown wish flags: {', '.join(sorted(unknown))}")

    @property
    def children_to_place(self) -> int:
        return 1 + self.siblings


def needs_to_json(needs: Needs) -> dict[str, Any]:
    school = needs.school
    return {
        "age": needs.age,
        "sex": needs.sex,
        "siblings": needs.siblings,
        "sibling_group": [{"age": s.age, "sex": s.sex} for s in needs.sibling_group],
        "exploitation_risk": needs.exploitation_risk,
        "missing_pattern": needs.missing_pattern,
        "missing_episodes_90_days": needs.missing_episodes_90_days,
        "disability": needs.disability,
        "trauma": needs.trauma,
        "parent_and_child": needs.parent_and_child,
        "school": None
        if school is None
        else {"name": school.name, "easting": school.easting, "northing": school.northing},
        "key_stage_4": needs.key_stage_4,
        "avoid_areas": [{"name": a.name, "why": a.why} for a in needs.avoid_areas],
        "near_areas": [{"name": a.name, "why": a.why} for a in needs.near_areas],
        "wishes": needs.wishes,
        "wish_flags": list(needs.wish_flags),
        "worker_added": needs.worker_added,
    }


def needs_from_json(data: dict[str, Any]) -> Needs:
    school = data.get("school")
    return Needs(
        age=int(data["age"]),
        sex=str(data.get("sex", "unknown")),
        siblings=int(data.get("siblings", 0)),
        sibling_group=tuple(
            SiblingToPlace(None if s.get("age") is None else int(s["age"]), str(s.get("sex", "unknown")))
            for s in data.get("sibling_group", [])
        ),
        exploitation_risk=str(data.get("exploitation_risk", "none")),
        missing_pattern=bool(data.get("missing_pattern", False)),
        missing_episodes_90_days=int(data.get("missing_episodes_90_days", 0)),
        disability=bool(data.get("disability", False)),
        trauma=bool(data.get("trauma", False)),
        parent_and_child=bool(data.get("parent_and_child", False)),
        school=None
        if not school
        else SchoolToKeep(
            name=str(school["name"]),
            easting=None if school.get("easting") is None else int(school["easting"]),
            northing=None if school.get("northing") is None else int(school["northing"]),
        ),
        key_stage_4=bool(data.get("key_stage_4", False)),
        avoid_areas=tuple(Area(str(a["name"]), str(a.get("why", ""))) for a in data.get("avoid_areas", [])),
        near_areas=tuple(Area(str(a["name"]), str(a.get("why", ""))) for a in data.get("near_areas", [])),
        wishes=str(data.get("wishes", "")),
        wish_flags=tuple(str(f) for f in data.get("wish_flags", [])),
        worker_added=str(data.get("worker_added", "")),
    )
