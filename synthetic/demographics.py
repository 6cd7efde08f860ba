"""Who is in care: ages, sex, ethnicity, legal status and dates, in proportions close to England's published
children-looked-after statistics (DfE, 'Children looked after in England including adoptions', 2024): about
5% under one, 14% aged 1-4, 17% aged 5-9, 39% aged 10-15, 25% aged 16-17; 56% boys; about 7% unaccompanied
asylum-seeking children, almost all boys of 14 and over."""

from __future__ import annotations

from datetime import date, timedelta

from people.codes import Ethnicity, LegalStatus, Sex, UpnUnknown
from synthetic.mint import Mint, years_before

AGE_BANDS: tuple[tuple[tuple[int, int], float], ...] = (
    ((0, 0), 5),
    ((1, 4), 14),
    ((5, 9), 17),
    ((10, 15), 39),
    ((16, 17), 25),
)

ETHNICITY: tuple[tuple[str, float], ...] = (
    (Ethnicity.WBRI, 66.0),
    (Ethnicity.WIRI, 0.6),
    (Ethnicity.WOTH, 5.5),
    (Ethnicity.WIRT, 0.6),
    (Ethnicity.WROM, 0.8),
    (Ethnicity.MWBC, 3.5),
    (Ethnicity.MWBA, 1.4),
    (Ethnicity.MWAS, 1.6),
    (Ethnicity.MOTH, 3.6),
    (Ethnicity.AIND, 0.6),
    (Ethnicity.APKN, 1.4),
    (Ethnicity.ABAN, 0.7),
    (Ethnicity.AOTH, 1.4),
    (Ethnicity.BCRB, 1.6),
    (Ethnicity.BAFR, 3.0),
    (Ethnicity.BOTH, 1.6),
    (Ethnicity.CHNE, 0.2),
    (Ethnicity.OOTH, 2.0),
    (Ethnicity.REFU, 0.3),
    (Ethnicity.NOBT, 0.5),
)
UASC_ETHNICITY: tuple[tuple[str, float], ...] = (
    (Ethnicity.OOTH, 45),
    (Ethnicity.BAFR, 35),
    (Ethnicity.AOTH, 20),
)
UASC_SHARE = 0.07
SCHOOL_AGE = 5


def child_age(mint: Mint) -> int:
    low, high = mint.weighted(AGE_BANDS)
    return mint.rng.randint(low, high)


def sibling_ages(mint: Mint, count: int) -> list[int]:
    """Ages of a sibling group, eldest first, one to four years apart."""
    ages = [child_age(mint)]
    while len(ages) < count:
        gap = mint.rng.randint(1, 4)
        ages.append(ages[-1] - gap if ages[-1] - gap >= 0 else max(ages) + gap)
    ages = [min(age, 17) for age in ages]
    return sorted(ages, reverse=True)


def uasc_age(mint: Mint) -> int:
    return mint.weighted(((14, 10), (15, 20), (16, 35), (17, 35)))


def date_of_birth(mint: Mint, age: int, as_of: date) -> date:
    """A birthday giving exactly this age on as_of (babies are at least a week old)."""
    latest = years_before(as_of, age) - timedelta(days=7 if age == 0 else 0)
    earliest = years_before(as_of, age + 1) + timedelta(days=1)
    return mint.between(earliest, latest)


def sex(mint: Mint, *, uasc: bool = False) -> str:
    if uasc:
        return Sex.MALE if mint.chance(0.93) else Sex.FEMALE
    return mint.weighted(((Sex.MALE, 55.6), (Sex.FEMALE, 43.9), (Sex.UNKNOWN, 0.5)))


def ethnicity(mint: Mint, *, uasc: bool = False) -> str:
    return mint.weighted(UASC_ETHNICITY if uasc else ETHNICITY)


def looked_after_since(mint: Mint, dob: date, window_start: date, as_of: date) -> date:
    """The start of the current period of care: recent starts are commoner (median time in care about 1.5
    years), never before birth or the start of the seeded years."""
    earliest = max(dob, window_start)
    latest = max(earliest, as_of - timedelta(days=3))
    days_in_care = int(mint.rng.expovariate(1 / 800))
    start = as_of - timedelta(days=days_in_care)
    return start if earliest <= start <= latest else mint.between(earliest, latest)


def legal_status(mint: Mint, *, age: int, since: date, as_of: date, uasc: bool) -> tuple[str, date]:
    """The legal status now and the day it started (C1 while proceedings run, C2 after, E1 for young children
    with a plan for adoption, V2 for voluntary accommodation and most unaccompanied children)."""
    if uasc:
        return LegalStatus.V2, since
    recent = (as_of - since).days < 270
    table: list[tuple[str, float]]
    if recent:
        table = [(LegalStatus.C1, 40), (LegalStatus.V2, 20), (LegalStatus.C2, 25), (LegalStatus.L2, 3)]
        if age >= 10:
            table.append((LegalStatus.J1, 3))
    else:
        table = [(LegalStatus.C2, 70), (LegalStatus.V2, 14 if age >= 10 else 6), (LegalStatus.C1, 3)]
        if age <= 6:
            table.append((LegalStatus.E1, 40))
        elif age <= 9:
            table.append((LegalStatus.E1, 5))
        if age >= 12:
            table.append((LegalStatus.J1, 1))
    code = mint.weighted(table)
    latest = as_of - timedelta(days=1)
    started = since
    if code in (LegalStatus.C2, LegalStatus.E1):
        # care proceedings take about 26 weeks; a placement order comes later still
        low, high = (120, 380) if code == LegalStatus.C2 else (300, 700)
        started = since + timedelta(days=mint.rng.randint(low, high))
        if started > latest:
            started = mint.between(since, latest)
    return code, started


def school_ids(mint: Mint, *, age: int, dob: date) -> tuple[str, str]:
    """(UPN, reason it is unknown): school-age children have a UPN, a few not yet known."""
    if age < SCHOOL_AGE:
        return "", UpnUnknown.UN2
    if mint.chance(0.03):
        return "", UpnUnknown.UN4
    return mint.upn(dob.year + SCHOOL_AGE), ""
