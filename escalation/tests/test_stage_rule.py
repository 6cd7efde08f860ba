"""The stage rule (escalation/stages.py) and its configuration (escalation/config.py): a stage's time limit counts
English working days, skipping weekends and bank holidays; a stage is overdue only after its due date and while the
escalation is open; there is a next stage until stage 4; a mistyped setting is refused."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from escalation.config import stage_days
from escalation.stages import (
    DEFAULT_STAGE_DAYS,
    age_band,
    clock,
    has_next_stage,
    is_overdue,
    stage_due_on,
    working_days_between,
)

MAUNDY_THURSDAY = datetime.date(2026, 4, 2)  # Good Friday 3 April and Easter Monday 6 April are bank holidays


def test_a_stage_limit_skips_the_weekend_and_bank_holidays() -> None:
    limits = {1: 2, 2: 5, 3: 2, 4: 10}
    assert stage_due_on(MAUNDY_THURSDAY, 1, limits) == datetime.date(2026, 4, 8)
    assert stage_due_on(MAUNDY_THURSDAY, 2, limits) == datetime.date(2026, 4, 13)
    assert working_days_between(MAUNDY_THURSDAY, datetime.date(2026, 4, 8)) == 2
    with pytest.raises(ValueError, match="no stage 5"):
        stage_due_on(MAUNDY_THURSDAY, 5, limits)


def test_overdue_only_after_the_due_date_and_while_open() -> None:
    due = datetime.date(2026, 4, 8)
    assert not is_overdue(due, due, is_open=True)
    assert is_overdue(due, datetime.date(2026, 4, 9), is_open=True)
    assert not is_overdue(due, datetime.date(2026, 4, 9), is_open=False)
    assert clock(due, datetime.date(2026, 4, 9), is_open=True).words == "overdue since 8 Apr 2026"
    assert clock(due, datetime.date(2026, 4, 7), is_open=True).words == "1 working day left"
    assert clock(due, MAUNDY_THURSDAY, is_open=True).words == "2 working days left"
    assert clock(due, due, is_open=True).words == "due today"


def test_there_is_a_next_stage_until_stage_4() -> None:
    assert [has_next_stage(s) for s in (1, 2, 3, 4)] == [True, True, True, False]


def test_age_bands() -> None:
    assert [age_band(n) for n in (0, 5, 6, 10, 11, 20, 21)] == [
        "0 to 5 working days",
        "0 to 5 working days",
        "6 to 10 working days",
        "6 to 10 working days",
        "11 to 20 working days",
        "11 to 20 working days",
        "Over 20 working days",
    ]


def test_the_partnership_sets_its_own_limits() -> None:
    with override_settings(LANTERN_ESCALATION_STAGE_DAYS={"1": 5, "3": 4}):
        assert stage_days() == {1: 5, 2: DEFAULT_STAGE_DAYS[2], 3: 4, 4: DEFAULT_STAGE_DAYS[4]}
    with override_settings(LANTERN_ESCALATION_STAGE_DAYS={}):
        assert stage_days() == dict(DEFAULT_STAGE_DAYS)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ({"5": 3}, "names no stage"),
        ({"first": 3}, "names no stage"),
        ({"1": 0}, "above 0"),
        ({"2": -3}, "above 0"),
        ({"2": "5"}, "above 0"),
        ({"2": True}, "above 0"),
        ([5, 5, 5, 10], "must map stages"),
    ],
)
def test_unknown_stages_and_limits_that_are_not_positive_are_refused(setting: object, message: str) -> None:
    with (
        override_settings(LANTERN_ESCALATION_STAGE_DAYS=setting),
        pytest.raises(ImproperlyConfigured, match=message),
    ):
        stage_days()
