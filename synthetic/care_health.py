"""Health assessments, dental checks, immunisations and SDQs, and personal education plans (statutory-rules.md
R18-R24), timed by the care-history clock."""

from __future__ import annotations

from datetime import date, timedelta

from duties.duty import DutyConfig
from duties.rules.calendar import birthday, months_after
from duties.working_days import add_working_days
from health.models import HealthCheckKind as Kind
from health.models import SdqReason
from synthetic import demographics
from synthetic.care_context import ONE_DAY, CareChild, Clock, recurring
from synthetic.mint import Mint
from synthetic.names import given_name, pool_for, surname
from synthetic.spec import (
    Authority,
    HealthCheckSpec,
    PepSpec,
    PeriodOfCareSpec,
)

TERMS = DutyConfig().school_terms
DENTISTS = ("Wick Street Dental Practice", "Lanternton Family Dentists", "Lantern Vale Dental Care")
PRIMARY = ("Lanternton Primary School", "Wick Street Primary School", "St Candle's CE Primary School")
SECONDARY = ("Lanternbury Academy", "Lantern Vale High School", "Beacon Hill School")
NO_SDQ: tuple[tuple[str, float], ...] = (
    (SdqReason.SDQ2, 3),
    (SdqReason.SDQ3, 1),
    (SdqReason.SDQ4, 3),
    (SdqReason.SDQ5, 3),
)
NO_SDQ_SHARE = 0.06


def _name(mint: Mint, sex: str = "U") -> str:
    pool = pool_for(demographics.ethnicity(mint))
    return f"{given_name(mint, pool, sex, 'adult')} {surname(mint, pool)}"


def _teacher(mint: Mint) -> str:
    woman = mint.chance(0.75)
    return f"{'Ms' if woman else 'Mr'} {_name(mint, 'F' if woman else 'M')}"


def add_health(clock: Clock, out: Authority, child: CareChild) -> None:
    for period in child.periods:
        until = min(period.end_date or out.as_of, out.as_of)
        _assessments(clock, out, child, period, until)
        _checks(clock.mint, out, child, period.start_date, until)
        _sdq(clock, out, child, period, until)
        _peps(clock, out, child, period, until)


def _check(
    out: Authority, mint: Mint, child: CareChild, kind: str, day: date, by: str, **more: object
) -> None:
    out.health_checks.append(HealthCheckSpec(mint.uuid(), child.id, kind, day, by, **more))  # type: ignore[arg-type]


def _assessments(
    clock: Clock, out: Authority, child: CareChild, period: PeriodOfCareSpec, until: date
) -> None:
    """R19 the initial health assessment within 20 working days; R20 reviews every 6 months under 5, else 12."""
    mint, start = clock.mint, period.start_date
    due = add_working_days(start, 20)
    initial = clock.when(
        due, start, lead=20, late=30, kind="health", one_off=True, open_=period.end_date is None
    )
    if initial is None or initial > until:
        return
    _check(out, mint, child, Kind.INITIAL, initial, f"Dr {_name(mint)}")
    fifth = birthday(child.dob, 5)

    def follow(day: date, _held: int) -> tuple[date, int]:
        half = months_after(day, 6)
        return (half, 45) if half < fifth else (months_after(day, 12), 60)

    nurse = f"{_name(mint)}, looked-after children's nurse"
    for day in recurring(
        clock, follow(initial, 1), initial + ONE_DAY, follow, until=until, late=40, kind="health"
    ):
        _check(out, mint, child, Kind.REVIEW, day, nurse)


def _checks(mint: Mint, out: Authority, child: CareChild, start: date, until: date) -> None:
    """Dental checks and immunisation records about once a year (most within 12 months, a few later)."""
    dentist = mint.pick(DENTISTS)
    day = start + timedelta(days=mint.rng.randint(30, 150))
    while day <= until:
        if child.age_on(day) >= 1:
            _check(out, mint, child, Kind.DENTAL, day, dentist)
        day += timedelta(days=mint.rng.randint(300, 365) if mint.chance(0.85) else mint.rng.randint(366, 500))
    day = start + timedelta(days=mint.rng.randint(10, 60))
    while day <= until:
        who = (
            "GP practice" if child.age_on(day) < 5 else mint.pick(("GP practice", "School immunisation team"))
        )
        _check(out, mint, child, Kind.IMMUNISATIONS, day, who, immunisations_up_to_date=mint.chance(0.88))
        day += timedelta(days=mint.rng.randint(330, 365) if mint.chance(0.85) else mint.rng.randint(366, 480))


def _sdq(clock: Clock, out: Authority, child: CareChild, period: PeriodOfCareSpec, until: date) -> None:
    """R21 an SDQ a year for children aged 4-16: the first 12 months after care starts (or the 4th birthday)."""
    mint = clock.mint
    since = max(period.start_date, birthday(child.dob, 4))
    seventeenth = birthday(child.dob, 17)
    first = months_after(since, 12)
    if since > until or first >= seventeenth:
        return

    def follow(day: date, _held: int) -> tuple[date, int] | None:
        due = months_after(day, 12)
        return None if due >= seventeenth else (due, 60)

    for day in recurring(clock, (first, 60), since, follow, until=until, late=45, kind="health"):
        if mint.chance(NO_SDQ_SHARE):
            _check(out, mint, child, Kind.SDQ, day, "", sdq_reason=mint.weighted(NO_SDQ))
        else:
            score = min(40, max(0, round(mint.rng.gauss(14, 6.5))))
            _check(out, mint, child, Kind.SDQ, day, "Carer questionnaire", sdq_score=score)


def _peps(clock: Clock, out: Authority, child: CareChild, period: PeriodOfCareSpec, until: date) -> None:
    """R22 a PEP within 20 working days of care starting, R23 then one each school term, for ages 3-15."""
    mint, start = clock.mint, period.start_date
    open_ = period.end_date is None
    third, sixteenth = birthday(child.dob, 3), birthday(child.dob, 16)
    school: dict[bool, tuple[str, str]] = {}

    def add(day: date) -> None:
        secondary = child.age_on(day) >= 11
        if secondary not in school:
            school[secondary] = (mint.pick(SECONDARY if secondary else PRIMARY), _teacher(mint))
        out.peps.append(PepSpec(mint.uuid(), child.id, day, *school[secondary]))

    due = add_working_days(start, 20)
    if third <= start < sixteenth:
        day = clock.when(due, start, lead=15, late=20, kind="pep", one_off=True, open_=open_)
        if day is not None and day <= until:
            add(day)
    for year in range(due.year - 1, until.year + 1):
        for (first_month, first_day), (last_month, last_day) in TERMS:
            term_start = date(year, first_month, first_day)
            term_end = date(year + (last_month < first_month), last_month, last_day)
            if term_start <= due or term_start > until or not third <= term_start < sixteenth:
                continue
            day = clock.when(term_end, term_start + timedelta(days=14), lead=(term_end - term_start).days - 21,
                             late=20, kind="pep", one_off=False, open_=open_)  # fmt: skip
            if (
                day is None or term_end < day <= until
            ):  # most late ones are squeezed into the term's last week
                dropped = mint.chance(0.2) and not clock.strict
                day = None if dropped else term_end - timedelta(days=mint.rng.randint(0, 6))
            if day is not None and day <= until:
                add(day)
