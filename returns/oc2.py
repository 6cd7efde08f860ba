"""The SSDA903 OC2 table: children looked after continuously for 12 months at 31 March, other than under an agreed
series of short breaks (V3/V4), with their health, SDQ, offending and substance misuse items, all read from the
record (DfE children looked after return guide; the validator rules named below, lac_validator 2025-26).

- IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE are always 0 or 1 (rules 181, 191, and 182,
  544 and 547, which want them completed whenever any other OC2 item is).
- HEALTH_CHECK (development assessments) only for a child under 5 at 31 March (rules 545 and 546).
- CONVICTED only for a child aged 10 or over at 31 March (rules 542 and 543): 1 when the year holds a conviction, a
  youth caution or a youth conditional caution (casework.youth_justice.OC2_OUTCOMES).
- INTERVENTION_RECEIVED only for a child with a substance misuse problem (rules 192 and 193); INTERVENTION_OFFERED
  only when none was received (rules 158 and 159).
- SDQ_SCORE or SDQ_REASON (never both, rule 197a) for a child aged 4 to 16: the latest SDQ of the year. Nothing for
  a child under 4 at 31 March (rule 188) or 17 or over on 1 April (rule 189). A child who turned 4 or 17 during the
  year with no SDQ in it gets SDQ1, "no form returned as the child was under 4 or over 16 on the date of the last
  assessment" (rules 197B and 157); a child aged 4 to 16 all year with no SDQ is left blank for rule 186 to show."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from casework.youth_justice import OC2_OUTCOMES, YouthJusticeOutcome
from duties.rules.calendar import birthday
from health.models import HealthCheck, HealthCheckKind, SdqReason, SubstanceMisuse
from returns.episodes import Episode, Period
from returns.return_child import ReturnChild, dmy

SHORT_BREAKS = frozenset({"V3", "V4"})
ASSESSMENTS = frozenset({HealthCheckKind.INITIAL, HealthCheckKind.REVIEW})


def _grouped(pairs: Iterable[tuple[Any, Any]]) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = defaultdict(list)
    for child_id, item in pairs:
        grouped[child_id].append(item)
    return grouped


def _flag(value: bool) -> str:
    return "1" if value else "0"


def continuously_looked_after(
    children: Sequence[ReturnChild],
    periods: Mapping[Any, list[Period]],
    episodes: Mapping[Any, list[Episode]],
    start: date,
    end: date,
) -> list[ReturnChild]:
    """Looked after from 1 April to 31 March without a break, not only for short breaks (rules 190 and 191)."""
    return [
        c
        for c in children
        if any(p.start <= start and (p.end is None or p.end > end) for p in periods.get(c.pk, []))
        and not all(e.ls in SHORT_BREAKS for e in episodes.get(c.pk, []))
    ]


def sdq_items(
    dob: date | None, sdqs: list[tuple[date, int | None, str]], start: date, end: date
) -> tuple[str, str]:
    """(SDQ_SCORE, SDQ_REASON) from the year's SDQs (date, score, reason) of a child born on `dob`."""
    if dob is None:
        return "", ""
    fourth, seventeenth = birthday(dob, 4), birthday(dob, 17)
    if fourth > end or seventeenth < start:  # rules 188 and 189
        return "", ""
    if sdqs:
        _, score, reason = max(sdqs, key=lambda s: s[0])
        return ("", reason) if score is None else (str(score), "")
    if fourth > start or seventeenth <= end:  # turned 4 or 17 during the year (rule 197B)
        return "", SdqReason.SDQ1.value
    return "", ""


def misuse_items(records: list[tuple[date, date | None, date | None]], end: date) -> tuple[str, str, str]:
    """(SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED) from the substance misuse problems current in
    the year, each as (identified, intervention offered, intervention received)."""
    if not records:
        return "0", "", ""
    received = any(r is not None and r <= end for _, _, r in records)
    if received:
        return "1", "1", ""
    return "1", "0", _flag(any(o is not None and o <= end for _, o, _ in records))


def oc2_rows(
    children: Sequence[ReturnChild],
    periods: Mapping[Any, list[Period]],
    episodes: Mapping[Any, list[Episode]],
    start: date,
    end: date,
    cut: date,
) -> list[dict[str, str]]:
    """The OC2 rows of the collection year from `start` to `end`, once the year is over (`cut` is 31 March)."""
    if cut < end:
        return []
    twelve = continuously_looked_after(children, periods, episodes, start, end)
    ids = [c.pk for c in twelve]
    checks = _grouped(
        (c, rest)
        for c, *rest in HealthCheck.objects.filter(
            child_id__in=ids, done_on__gte=start, done_on__lte=end
        ).values_list("child_id", "kind", "done_on", "sdq_score", "sdq_reason", "immunisations_up_to_date")
    )
    misuse = _grouped(
        (c, (identified, offered, received))
        for c, identified, offered, received in SubstanceMisuse.objects.filter(
            child_id__in=ids, identified_on__lte=end
        )
        .exclude(resolved_on__lt=start)
        .values_list("child_id", "identified_on", "intervention_offered_on", "intervention_received_on")
    )
    convicted = set(
        YouthJusticeOutcome.objects.filter(
            child_id__in=ids, outcome_on__gte=start, outcome_on__lte=end, kind__in=list(OC2_OUTCOMES)
        ).values_list("child_id", flat=True)
    )
    out = []
    for child in twelve:
        mine = sorted(checks.get(child.pk, []), key=lambda r: r[1])
        kinds = {r[0] for r in mine}
        assessed = bool(kinds & ASSESSMENTS)
        jabs = [r[4] for r in mine if r[0] == HealthCheckKind.IMMUNISATIONS and r[4] is not None]
        sdqs = [(r[1], r[2], r[3]) for r in mine if r[0] == HealthCheckKind.SDQ]
        score, reason = sdq_items(child.dob, sdqs, start, end)
        substance, received, offered = misuse_items(misuse.get(child.pk, []), end)
        dob = child.dob
        out.append(
            {
                "CHILD": child.local_id,
                "DOB": dmy(dob),
                "SDQ_SCORE": score,
                "SDQ_REASON": reason,
                "CONVICTED": _flag(child.pk in convicted) if dob and birthday(dob, 10) <= end else "",
                "HEALTH_CHECK": _flag(assessed) if dob and birthday(dob, 5) > end else "",
                "IMMUNISATIONS": _flag(bool(jabs) and bool(jabs[-1])),
                "TEETH_CHECK": _flag(HealthCheckKind.DENTAL in kinds),
                "HEALTH_ASSESSMENT": _flag(assessed),
                "SUBSTANCE_MISUSE": substance,
                "INTERVENTION_RECEIVED": received,
                "INTERVENTION_OFFERED": offered,
            }
        )
    return out
