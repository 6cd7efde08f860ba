"""The overall level of an exploitation and online-risk screening, worked out from the grades of its indicators.
A plain module with no ORM, so that the rule is tested directly (risk/tests/test_levels.py).

Source: ../shared/reference/statutory-rules.md, section 2, M8. Screening tools for child sexual exploitation are
local, not national; they grade each indicator none, low, medium or high, and sort the indicators into significant
ones (going missing, an older "boyfriend", cars with unknown adults, unexplained money or gifts, hotels and taxis,
online grooming, being taken to other towns, disclosure then withdrawal) and additional ones (school absence,
unknown callers, injuries, sexual health, substance misuse, self-harm, phone and internet use, peers, offending).
**Any high-risk factor in a child aged 13 or under means referral**: the overall level is then high. The tools cited
there (https://studylib.net/doc/7197848/child-sexual-exploitation-screening-tool and
https://studylib.net/doc/6983671/multi-agency-screening-tool) weigh a significant indicator above an additional
one; the thresholds below follow that shape and are Lantern's local rule, for the safeguarding partnership to
confirm:

- high: any indicator graded high in a child aged 13 or under (a referral, M8); any significant indicator graded
  high; or SEVERAL or more significant indicators graded medium or higher;
- medium: any significant indicator graded medium; any additional indicator graded high; or SEVERAL or more
  additional indicators graded medium or higher;
- low: anything else, including a screening that finds nothing (the issue's levels are low, medium and high).

Professional judgement may raise the level the indicators give, with a reason, and never lower it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

NONE, LOW, MEDIUM, HIGH = "none", "low", "medium", "high"
GRADES = (NONE, LOW, MEDIUM, HIGH)
LEVELS = (LOW, MEDIUM, HIGH)
SIGNIFICANT, ADDITIONAL = "significant", "additional"
GROUPS = (SIGNIFICANT, ADDITIONAL)
REFERRAL_AGE = 13  # M8: any high-risk factor in a child aged 13 or under means referral
SEVERAL = 3

_RANK = {grade: position for position, grade in enumerate(GRADES)}


def rank(grade_or_level: str) -> int:
    """none 0, low 1, medium 2, high 3."""
    try:
        return _RANK[grade_or_level]
    except KeyError:
        raise ValueError(f"Unknown grade or level: {grade_or_level!r}") from None


def age_on(born: date | None, day: date) -> int | None:
    """The child's age in whole years on the day, or None when the date of birth is not known."""
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True)
class Graded:
    """One indicator as graded on a screening."""

    label: str
    group: str
    grade: str


@dataclass(frozen=True)
class Outcome:
    indicated: str  # the level the indicators give, by the rule above
    level: str  # the overall level: the indicated level, or higher on professional judgement
    reasons: tuple[str, ...]
    referral: bool  # a high-risk factor in a child aged 13 or under (M8)


def _names(items: list[Graded]) -> str:
    return ", ".join(f"“{item.label}”" for item in items)


def _indicated(items: list[Graded], age: int | None) -> tuple[str, list[str], bool]:
    def graded(group: str, at_least: str) -> list[Graded]:
        return [i for i in items if i.group == group and rank(i.grade) >= rank(at_least)]

    high = [i for i in items if i.grade == HIGH]
    referral = bool(high) and age is not None and age <= REFERRAL_AGE
    reasons: list[str] = []
    if referral:
        reasons.append(f"Aged {age}, 13 or under, with {_names(high)} graded high: a referral is needed (M8)")
    if significant_high := graded(SIGNIFICANT, HIGH):
        reasons.append(f"Significant indicator graded high: {_names(significant_high)}")
    if len(significant_medium := graded(SIGNIFICANT, MEDIUM)) >= SEVERAL:
        reasons.append(f"{len(significant_medium)} significant indicators graded medium or higher")
    if reasons:
        return HIGH, reasons, referral
    if significant_medium:
        reasons.append(f"Significant indicator graded medium: {_names(significant_medium)}")
    if additional_high := graded(ADDITIONAL, HIGH):
        reasons.append(f"Additional indicator graded high: {_names(additional_high)}")
    if len(additional_medium := graded(ADDITIONAL, MEDIUM)) >= SEVERAL:
        reasons.append(f"{len(additional_medium)} additional indicators graded medium or higher")
    if reasons:
        return MEDIUM, reasons, False
    found = [i for i in items if i.grade != NONE]
    if found:
        return LOW, [f"Indicators found, none enough for medium: {_names(found)}"], False
    return LOW, ["No indicator found"], False


def overall_level(grades: Iterable[Graded], *, age: int | None, judged: str = "") -> Outcome:
    """The overall level of a screening from its grades, the child's age on the day of the screening (None when
    the date of birth is not known, so the age rule cannot apply) and any level set on professional judgement."""
    items = list(grades)
    for item in items:
        rank(item.grade)
        if item.group not in GROUPS:
            raise ValueError(f"Unknown indicator group: {item.group!r}")
    if judged and judged not in LEVELS:
        raise ValueError(f"Unknown level: {judged!r}")
    indicated, reasons, referral = _indicated(items, age)
    level = indicated
    if judged and rank(judged) > rank(indicated):
        level = judged
        reasons.append(f"Raised from {indicated} to {judged} on professional judgement")
    return Outcome(indicated=indicated, level=level, reasons=tuple(reasons), referral=referral)
