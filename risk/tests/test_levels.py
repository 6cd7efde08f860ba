"""The overall level rule of a screening (risk/levels.py), tested directly: the thresholds, the rule that any
high-risk factor in a child aged 13 or under means referral and a high level (statutory-rules.md M8), professional
judgement that raises and never lowers, and that raising a grade never lowers the level."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from risk.levels import (
    ADDITIONAL,
    GRADES,
    HIGH,
    LEVELS,
    LOW,
    MEDIUM,
    NONE,
    SIGNIFICANT,
    Graded,
    age_on,
    overall_level,
    rank,
)
from risk.models import Grade, Level


def sig(grade: str, label: str = "Going missing") -> Graded:
    return Graded(label, SIGNIFICANT, grade)


def add(grade: str, label: str = "School absence") -> Graded:
    return Graded(label, ADDITIONAL, grade)


def test_nothing_found_is_low() -> None:
    outcome = overall_level([sig(NONE), add(NONE)], age=15)
    assert (outcome.level, outcome.referral) == (LOW, False)
    assert outcome.reasons == ("No indicator found",)
    assert overall_level([sig(LOW), add(MEDIUM)], age=15).level == LOW


def test_significant_indicators_weigh_more_than_additional_ones() -> None:
    assert overall_level([sig(HIGH)], age=15).level == HIGH
    assert overall_level([sig(MEDIUM)], age=15).level == MEDIUM
    assert overall_level([add(HIGH)], age=15).level == MEDIUM
    assert overall_level([add(MEDIUM, "a"), add(MEDIUM, "b")], age=15).level == LOW
    assert overall_level([add(MEDIUM, "a"), add(MEDIUM, "b"), add(HIGH, "c")], age=15).level == MEDIUM
    several = overall_level([sig(MEDIUM, "a"), sig(MEDIUM, "b"), sig(HIGH, "c")], age=15)
    assert several.level == HIGH
    assert "3 significant indicators graded medium or higher" in several.reasons


def test_any_high_factor_at_13_or_under_means_referral_and_high() -> None:
    outcome = overall_level([add(HIGH, "Self-harm")], age=13)
    assert (outcome.level, outcome.referral) == (HIGH, True)
    assert (
        outcome.reasons[0] == "Aged 13, 13 or under, with “Self-harm” graded high: a referral is needed (M8)"
    )
    assert overall_level([add(HIGH)], age=14).level == MEDIUM
    assert overall_level([add(HIGH)], age=14).referral is False
    assert overall_level([add(MEDIUM)], age=10).level == LOW  # only a high-risk factor
    unknown = overall_level([add(HIGH)], age=None)  # no date of birth: the age rule cannot apply
    assert (unknown.level, unknown.referral) == (MEDIUM, False)


def test_age_is_in_whole_years_on_the_day() -> None:
    born = date(2013, 3, 1)
    assert age_on(born, date(2026, 2, 28)) == 12
    assert age_on(born, date(2026, 3, 1)) == 13
    assert age_on(date(2012, 2, 29), date(2026, 2, 28)) == 13
    assert age_on(None, date(2026, 1, 1)) is None


def test_judgement_raises_the_level_and_never_lowers_it() -> None:
    raised = overall_level([add(LOW)], age=15, judged=HIGH)
    assert (raised.indicated, raised.level) == (LOW, HIGH)
    assert raised.reasons[-1] == "Raised from low to high on professional judgement"
    kept = overall_level([sig(HIGH)], age=15, judged=LOW)
    assert (kept.indicated, kept.level) == (HIGH, HIGH)


def test_unknown_values_are_refused() -> None:
    with pytest.raises(ValueError, match="Unknown grade"):
        overall_level([sig("severe")], age=15)
    with pytest.raises(ValueError, match="Unknown indicator group"):
        overall_level([Graded("x", "other", LOW)], age=15)
    with pytest.raises(ValueError, match="Unknown level"):
        overall_level([], age=15, judged=NONE)


def test_the_models_choices_are_the_rules_values() -> None:
    assert tuple(Grade.values) == GRADES
    assert tuple(Level.values) == LEVELS


items = st.lists(
    st.tuples(st.sampled_from([SIGNIFICANT, ADDITIONAL]), st.sampled_from(GRADES)), min_size=1, max_size=17
)


@given(items, st.integers(min_value=0, max_value=18), st.data())
def test_raising_any_grade_never_lowers_the_level(
    graded: list[tuple[str, str]], age: int, data: st.DataObject
) -> None:
    before = [Graded(f"i{n}", group, grade) for n, (group, grade) in enumerate(graded)]
    n = data.draw(st.integers(min_value=0, max_value=len(before) - 1))
    higher = data.draw(st.sampled_from([g for g in GRADES if rank(g) >= rank(before[n].grade)]))
    after = [*before[:n], Graded(before[n].label, before[n].group, higher), *before[n + 1 :]]
    assert rank(overall_level(after, age=age).level) >= rank(overall_level(before, age=age).level)


@given(items, st.integers(min_value=0, max_value=18))
def test_younger_is_never_lower(graded: list[tuple[str, str]], age: int) -> None:
    grades = [Graded(f"i{n}", group, grade) for n, (group, grade) in enumerate(graded)]
    older = overall_level(grades, age=age + 1)
    younger = overall_level(grades, age=age)
    assert rank(younger.level) >= rank(older.level)
    if any(g.grade == HIGH for g in grades) and age <= 13:
        assert younger.level == HIGH and younger.referral
