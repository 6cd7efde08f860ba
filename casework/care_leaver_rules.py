"""Checks of a care leaver's birthday record, as the DfE rules on the OC3 table check them (no database here).
Each function returns the problems as {field: message}; an empty dict is no problem."""

from __future__ import annotations

from datetime import date

from casework.care_leaver import FIRST_AGE, LAST_AGE
from duties.rules.calendar import birthday

NO_ANSWERS = frozenset({"DIED", "RHOM"})
FORMER_FOSTER_CARERS = frozenset({"Z1", "Z2"})


def age_at(date_of_birth: date, day: date) -> int | None:
    """The birthday (17 to 21) that `day` is, or None when it is not one of them (rule 391)."""
    for age in range(FIRST_AGE, LAST_AGE + 1):
        if birthday(date_of_birth, age) == day:
            return age
    return None


def birthday_problem(date_of_birth: date | None, day: date | None) -> dict[str, str]:
    """The record is about the young person's 17th, 18th, 19th, 20th or 21st birthday (rule 391)."""
    if date_of_birth is None or day is None:
        return {}
    if age_at(date_of_birth, day) is None:
        first, last = birthday(date_of_birth, FIRST_AGE), birthday(date_of_birth, LAST_AGE)
        return {
            "birthday": f"Enter their 17th to 21st birthday: {first:%d/%m/%Y} to {last:%d/%m/%Y}, "
            "on the same day and month as their date of birth"
        }
    return {}


def answers_problem(in_touch: str, activity: str, accommodation: str) -> dict[str, str]:
    """A young person who has died or gone home for 6 months or more has no activity or accommodation to report
    (rule 344); when the authority is in touch, both are known and reported (rule 345)."""
    problems: dict[str, str] = {}
    if in_touch in NO_ANSWERS:
        for field, value in (("activity", activity), ("accommodation", accommodation)):
            if value:
                problems[field] = (
                    "Leave this blank: it is not reported when the young person has died or has "
                    "returned home for 6 months or more"
                )
    if in_touch == "YES":
        if not activity:
            problems["activity"] = "Select their main activity: you are in touch with them"
        if not accommodation:
            problems["accommodation"] = "Select their accommodation: you are in touch with them"
    return problems


def accommodation_at_17_problem(age: int | None, accommodation: str) -> dict[str, str]:
    """At 17 a young person living with their former foster carers is still looked after, not a care leaver (rule
    3001)."""
    if age == FIRST_AGE and accommodation in FORMER_FOSTER_CARERS:
        return {
            "accommodation": "At 17, living with former foster carers is a placement: record it as the "
            "placement, not here"
        }
    return {}
