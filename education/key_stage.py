"""English school year groups and key stages, worked out from the date of birth.

A child's year group follows the age on 31 August before the school year, which starts on 1 September: a child
aged 4 on that day is in Reception (year group 0), aged 5 in Year 1, ... aged 15 in Year 11 (Education Act 1996
s.8, and the DfE's admissions guidance). Years 10 and 11 are Key Stage 4. A PEP and the Key Stage 4 placement
move rule (statutory-rules.md R5) both hang on these.
"""

from __future__ import annotations

from datetime import date

RECEPTION_AGE = 4
KEY_STAGE_4 = (10, 11)


def school_year_start(on: date) -> date:
    """The 1 September that began the school year `on` falls in."""
    year = on.year if on.month >= 9 else on.year - 1
    return date(year, 9, 1)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def year_group(birth: date, on: date) -> int:
    """The year group `on` that day: Reception is 0, Year 1 is 1, ... Year 13 is 13. Below 0 for a child not yet
    of school age, above 13 for a young person past school age (the caller decides what that means)."""
    start = school_year_start(on)
    age_on_31_august = age_on(birth, date(start.year, 8, 31))
    return age_on_31_august - RECEPTION_AGE


def year_group_label(group: int) -> str:
    if group < 0:
        return "Not yet of school age"
    if group == 0:
        return "Reception"
    if group > 13:
        return "Past school age"
    return f"Year {group}"


def key_stage(group: int) -> str | None:
    """The key stage of a year group: "Early years" for Reception, 1 to 5, or None outside school years."""
    if group == 0:
        return "Early years foundation stage"
    if 1 <= group <= 2:
        return "Key Stage 1"
    if 3 <= group <= 6:
        return "Key Stage 2"
    if 7 <= group <= 9:
        return "Key Stage 3"
    if group in KEY_STAGE_4:
        return "Key Stage 4"
    if 12 <= group <= 13:
        return "Key Stage 5 (sixth form)"
    return None


def in_key_stage_4(birth: date, on: date) -> bool:
    """True when the pupil is in Year 10 or Year 11 on that day (CPPCR 2010 reg 10, statutory-rules.md R5)."""
    return year_group(birth, on) in KEY_STAGE_4


def key_stage_4_starts(birth: date) -> date:
    """The 1 September the pupil starts Year 10."""
    year = birth.year + RECEPTION_AGE + KEY_STAGE_4[0]
    return date(year if (birth.month, birth.day) <= (8, 31) else year + 1, 9, 1)
