"""Health assessments, dental checks, immunisations and SDQs, and personal education plans (statutory-rules.md
R18-R24), timed by the care-history clock; the reasons for a year with no SDQ, and a few substance misuse problems
with their interventions (SSDA903 OC2), each from a random stream of its own so that the records above are the same
as without them."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
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
# A year with no SDQ done: why (SDQ3, the child's disability, only for a child in care for their disability, N2).
YEAR_WITHOUT_SDQ: tuple[tuple[str, float], ...] = (
    (SdqReason.SDQ2, 3),
    (SdqReason.SDQ4, 3),
    (SdqReason.SDQ5, 3),
)
DISABLED_WITHOUT_SDQ: tuple[tuple[str, float], ...] = ((SdqReason.SDQ3, 6), *YEAR_WITHOUT_SDQ)


def derived(seed: int, part: str) -> Mint:
    """A Mint for one part of the OC2 records, its seed worked out from the build's seed and the part's name."""
    digest = hashlib.sha256(f"lantern-oc2:{seed}:{part}".encode()).digest()
    return Mint(int.from_bytes(digest[:8], "big"))


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
    _years_without_sdq(out, child)


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


def _years_without_sdq(out: Authority, child: CareChild) -> None:
    """R21 and SSDA903 rule 186: a child aged 4 to 16 all through a collection year (1 April to 31 March) in which
    they were looked after throughout, and whose SDQ of the year was missed, has the reason recorded in March."""
    sdq_days = [h.done_on for h in out.health_checks if h.child == child.id and h.kind == Kind.SDQ]
    disabled = any(p.category_of_need == "N2" for p in child.periods)
    mint: Mint | None = None
    for period in child.periods:
        first_year = period.start_date.year + (period.start_date > date(period.start_date.year, 4, 1)) + 1
        for end_year in range(first_year, out.as_of.year + 1):
            start, end = date(end_year - 1, 4, 1), date(end_year, 3, 31)
            if end > out.as_of or (period.end_date is not None and period.end_date <= end):
                break
            if birthday(child.dob, 4) > start or birthday(child.dob, 17) <= end:
                continue
            if any(start <= day <= end for day in sdq_days):
                continue
            mint = mint or derived(out.seed, f"sdq-reasons:{child.spec.local_id}")
            reason = mint.weighted(DISABLED_WITHOUT_SDQ if disabled else YEAR_WITHOUT_SDQ)
            day = mint.between(date(end_year, 3, 1), end)
            out.health_checks.append(
                HealthCheckSpec(mint.uuid(), child.id, Kind.SDQ, day, "", sdq_reason=reason)
            )


@dataclass(frozen=True, slots=True)
class SubstanceMisuseSpec:
    id: uuid.UUID
    child: uuid.UUID
    identified_on: date
    identified_by: str
    intervention_offered_on: date | None
    intervention_received_on: date | None
    intervention_by: str
    resolved_on: date | None


MISUSE_SHARE = (
    0.07  # of the children looked after at 11 or over (DfE: about 3-4% a year of those in care 12 months)
)
IDENTIFIED_BY = (
    "Looked-after children's nurse",
    "Youth justice service",
    "Foster carer",
    "Social worker",
    "School nurse",
)
MISUSE_SERVICE = "Lanternton Young People's Substance Misuse Service"
# What became of the intervention: offered and received, offered and refused, not offered yet.
INTERVENTION: tuple[tuple[str, float], ...] = (("received", 65), ("refused", 20), ("none", 15))


def substance_misuse(out: Authority) -> list[SubstanceMisuseSpec]:
    """A few children looked after at 11 or over have a substance misuse problem identified while in care, most
    with an intervention offered within weeks; some refuse it, and some problems are resolved months later."""
    mint = derived(out.seed, "substance-misuse")
    births = {p.id: p.date_of_birth for p in out.people}
    periods: dict[uuid.UUID, list[PeriodOfCareSpec]] = {}
    for period in out.periods_of_care:
        periods.setdefault(period.child, []).append(period)
    found = []
    for child in out.children:
        born = births.get(child.person)
        if born is None:
            continue
        windows = [
            (
                max(p.start_date, birthday(born, 11)),
                min(p.end_date or out.as_of, out.as_of, birthday(born, 18) - ONE_DAY),
            )
            for p in periods.get(child.person, [])
        ]
        windows = [(first, last) for first, last in windows if first < last]
        if not windows or not mint.chance(MISUSE_SHARE):
            continue
        first, last = mint.pick(windows)
        found.append(_misuse(mint, child.person, mint.between(first, last), out.as_of))
    return found


def _misuse(mint: Mint, child: uuid.UUID, identified: date, as_of: date) -> SubstanceMisuseSpec:
    def later(day: date | None, low: int, high: int) -> date | None:
        after = day + timedelta(days=mint.rng.randint(low, high)) if day is not None else None
        return after if after is not None and after <= as_of else None

    what = mint.weighted(INTERVENTION)
    offered = later(identified, 3, 42) if what != "none" else None
    received = later(offered, 5, 30) if what == "received" else None
    resolved = later(received or identified, 120, 420) if mint.chance(0.4) else None
    return SubstanceMisuseSpec(
        mint.uuid(),
        child,
        identified,
        mint.pick(IDENTIFIED_BY),
        offered,
        received,
        MISUSE_SERVICE if offered is not None else "",
        resolved,
    )
