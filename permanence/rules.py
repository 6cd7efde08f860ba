"""The SSDA903 rules on previous permanence and adoption that one record can be checked against, without the ORM
(csc-validator-be-903 rule codes in each docstring)."""

from __future__ import annotations

import calendar
from datetime import date

from permanence.codes import (
    NOT_WITH_FOSTER_CARER,
    SINGLE_ADOPTERS,
    WITH_FOSTER_CARER,
    Adopters,
    AdoptersLegalStatus,
    DatePrecision,
)

# The adopters each legal status allows (rules 514, 517, 518, 519, 520 and 524).
ADOPTERS_OF: dict[str, frozenset[str]] = {
    AdoptersLegalStatus.L0: frozenset({Adopters.M1, Adopters.F1}),
    AdoptersLegalStatus.L11: frozenset({Adopters.MF}),
    AdoptersLegalStatus.L12: frozenset({Adopters.MM, Adopters.FF}),
    AdoptersLegalStatus.L2: frozenset({Adopters.MM, Adopters.FF, Adopters.MF}),
    AdoptersLegalStatus.L3: frozenset({Adopters.MF}),
    AdoptersLegalStatus.L4: frozenset({Adopters.MM, Adopters.FF}),
}


def date_span(day: date, precision: str) -> tuple[date, date]:
    """The first and last day a date known to `precision` can be."""
    if precision == DatePrecision.YEAR:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision == DatePrecision.MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return date(day.year, day.month, 1), date(day.year, day.month, last)
    return day, day


def date_perm_text(day: date | None, precision: str) -> str:
    """DATE_PERM as the return writes it: dd/mm/YYYY, with ZZ for a day or month not known (rule 632)."""
    if day is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"ZZ/ZZ/{day:%Y}"
    if precision == DatePrecision.MONTH:
        return f"ZZ/{day:%m/%Y}"
    return f"{day:%d/%m/%Y}"


def number_of_adopters(adopters: str) -> int:
    """NB_ADOPTR (rules 175 and 511)."""
    return 1 if adopters in SINGLE_ADOPTERS else 2


def adopters_problem(adopters: str, legal_status: str) -> str:
    """Why the adopters and their legal status cannot go together, if so (rules 514, 517-520 and 524)."""
    allowed = ADOPTERS_OF.get(legal_status)
    if not adopters or allowed is None or adopters in allowed:
        return ""
    names = " or ".join(Adopters(a).label.lower() for a in sorted(allowed))
    return f"{AdoptersLegalStatus(legal_status).label} means the adopters are {names}"


def foster_carer_problem(by_foster_carer: bool | None, place: str) -> str:
    """Whether the child was adopted by their foster carer must agree with the placement for adoption: A3 and A5 are
    with the current foster carer, A4 and A6 with others (rule 335)."""
    if by_foster_carer is False and place in WITH_FOSTER_CARER:
        return f"The child was placed for adoption with their foster carer ({place}): answer Yes"
    if by_foster_carer is True and place in NOT_WITH_FOSTER_CARER:
        return f"The child was placed for adoption with adopters other than their foster carer ({place}): answer No"
    return ""
