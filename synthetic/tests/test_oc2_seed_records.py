"""The seed's OC2 records: every child aged 4 to 16 looked after throughout a collection year has an SDQ or the
reason there is none in it; a few children have a substance misuse problem (with the intervention offered after it
was identified, and received after it was offered) or youth justice outcomes, all while looked after and old
enough; and the same seed gives the same records."""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import cache

from casework.youth_justice import OC2_OUTCOMES
from duties.rules.calendar import birthday
from health.models import HealthCheckKind, SdqReason
from synthetic.care_health import substance_misuse
from synthetic.care_youth_justice import youth_justice_outcomes
from synthetic.generator import build_authority
from synthetic.spec import Authority
from synthetic.tests.missing_built import AS_OF, built


@cache
def _small(seed: int) -> Authority:
    return build_authority(children=60, years=4, seed=seed, as_of=AS_OF)


def _in_care(a: Authority, child: object, day: date) -> bool:
    return any(
        p.child == child and p.start_date <= day and (p.end_date is None or p.end_date >= day)
        for p in a.periods_of_care
    )


def test_every_child_aged_4_to_16_all_year_has_an_sdq_or_a_reason_in_each_year() -> None:
    a = built()
    births = {p.id: p.date_of_birth for p in a.people}
    sdqs: dict[object, list[tuple[date, int | None, str]]] = {}
    for h in a.health_checks:
        if h.kind == HealthCheckKind.SDQ:
            sdqs.setdefault(h.child, []).append((h.done_on, h.sdq_score, h.sdq_reason))
    checked = 0
    for period in a.periods_of_care:
        born = births[period.child]
        assert born is not None
        for end_year in range(2022, AS_OF.year + 1):
            start, end = date(end_year - 1, 4, 1), date(end_year, 3, 31)
            throughout = period.start_date <= start and (period.end_date is None or period.end_date > end)
            if not throughout or birthday(born, 4) > start or birthday(born, 17) <= end:
                continue
            mine = [s for s in sdqs.get(period.child, []) if start <= s[0] <= end]
            assert mine, (period.child, end_year)
            assert all((score is None) != (not reason) for _, score, reason in mine)
            checked += 1
    reasons = {reason for rows in sdqs.values() for _, _, reason in rows if reason}
    assert checked > 100 and reasons <= {r.value for r in SdqReason} - {SdqReason.SDQ1}


def test_substance_misuse_is_identified_while_looked_after_at_11_or_over() -> None:
    a = built()
    births = {p.id: p.date_of_birth for p in a.people}
    found = substance_misuse(a)
    assert 3 <= len(found) <= len(a.children) // 10
    for m in found:
        born = births[m.child]
        assert born is not None and birthday(born, 11) <= m.identified_on < birthday(born, 18)
        assert _in_care(a, m.child, m.identified_on) and m.identified_on <= AS_OF
        offered, received = m.intervention_offered_on, m.intervention_received_on
        assert received is None or (offered is not None and m.identified_on <= offered <= received <= AS_OF)
        assert m.resolved_on is None or m.identified_on < m.resolved_on <= AS_OF
    assert any(m.intervention_received_on for m in found)
    assert any(m.intervention_offered_on and not m.intervention_received_on for m in found)


def test_youth_justice_outcomes_are_for_children_looked_after_at_10_or_over() -> None:
    a = built()
    births = {p.id: p.date_of_birth for p in a.people}
    found = youth_justice_outcomes(a)
    assert any(o.kind in OC2_OUTCOMES for o in found) and any(o.kind not in OC2_OUTCOMES for o in found)
    for o in found:
        born = births[o.child]
        assert born is not None and birthday(born, 10) <= o.outcome_on < birthday(born, 18)
        assert _in_care(a, o.child, o.outcome_on) and o.outcome_on <= AS_OF


def test_the_same_seed_gives_the_same_records() -> None:
    first, second, other = _small(5), build_authority(children=60, years=4, seed=5, as_of=AS_OF), _small(6)
    for make in (substance_misuse, youth_justice_outcomes):
        rows = [dataclasses.asdict(r) for r in make(first)]
        assert rows == [dataclasses.asdict(r) for r in make(second)]
        assert rows != [dataclasses.asdict(r) for r in make(other)]
