"""Every seeded screening grades each indicator of the configuration once, with its label, group and position
copied, and its level, reasons and referral are what risk/levels.py gives for those grades, the child's age on the
day and any level raised on judgement (with a reason)."""

from __future__ import annotations

from risk.indicators import indicators
from risk.levels import Graded, age_on, overall_level
from synthetic.tests.missing_built import built
from synthetic.tests.risk_built import grades_by_screening


def test_levels_are_those_the_rule_gives_for_the_grades() -> None:
    a = built()
    assert len({s.child for s in a.screenings}) >= 20
    born = {p.id: p.date_of_birth for p in a.people}
    config = {i.code: i for i in indicators()}
    grades = grades_by_screening(a)
    for screening in a.screenings:
        own = sorted(grades[screening.id], key=lambda g: g.position)
        assert [g.indicator for g in own] == list(config)
        for grade in own:
            indicator = config[grade.indicator]
            assert (grade.label, grade.group, grade.position) == (
                indicator.label,
                indicator.group,
                indicator.position,
            )
        assert bool(screening.judged_level) == bool(screening.judgement_reason.strip())
        outcome = overall_level(
            (Graded(g.label, g.group, g.grade) for g in own),
            age=age_on(born[screening.child], screening.screened_on),
            judged=screening.judged_level,
        )
        assert screening.indicated_level == outcome.indicated
        assert screening.level == outcome.level
        assert screening.level_reasons == "\n".join(outcome.reasons)
        assert screening.referral_required == outcome.referral
