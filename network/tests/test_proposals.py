"""network/proposals.py, the pure rule: a network meeting is proposed for a child in care when risk has risen since
the last meeting (a high screening, a missing pattern, a placement at risk) or when none has been held for the
configured number of days; each reason says why in words."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from network.config import meeting_days
from network.proposals import RiskFacts, propose

TODAY = datetime.date(2026, 3, 20)
IN_CARE = datetime.date(2026, 1, 10)
RECENT = datetime.date(2026, 3, 1)


def _facts(**more: Any) -> RiskFacts:
    return RiskFacts(**{"in_care_since": IN_CARE, "last_meeting_on": RECENT, **more})


def test_nothing_is_proposed_when_nothing_has_changed() -> None:
    assert propose(_facts(), TODAY, meeting_days=91) is None


def test_a_child_not_in_care_gets_no_proposal() -> None:
    facts = _facts(in_care_since=None, last_meeting_on=None, high_screening_on=datetime.date(2026, 3, 3))
    assert propose(facts, TODAY, meeting_days=91) is None


def test_a_high_screening_since_the_last_meeting() -> None:
    proposal = propose(_facts(high_screening_on=datetime.date(2026, 3, 3)), TODAY, meeting_days=91)
    assert proposal is not None
    assert proposal.reasons == (
        "Exploitation screening on 3 Mar 2026 found high risk; no network meeting since 1 Mar 2026.",
    )


def test_a_high_screening_with_no_meeting_ever() -> None:
    facts = _facts(last_meeting_on=None, high_screening_on=datetime.date(2026, 3, 3))
    proposal = propose(facts, TODAY, meeting_days=91)
    assert proposal is not None
    assert (
        proposal.first
        == "Exploitation screening on 3 Mar 2026 found high risk; no network meeting has been held."
    )


def test_a_high_screening_already_discussed_at_a_later_meeting() -> None:
    facts = _facts(high_screening_on=datetime.date(2026, 2, 20))
    assert propose(facts, TODAY, meeting_days=91) is None


def test_a_missing_pattern_since_the_last_meeting() -> None:
    facts = _facts(
        pattern_summary="3 episodes in the last 30 days.", pattern_latest_on=datetime.date(2026, 3, 15)
    )
    proposal = propose(facts, TODAY, meeting_days=91)
    assert proposal is not None
    assert proposal.first == (
        "Missing pattern: 3 episodes in the last 30 days; no network meeting since 1 Mar 2026."
    )
    older = _facts(pattern_summary="3 episodes", pattern_latest_on=datetime.date(2026, 2, 15))
    assert propose(older, TODAY, meeting_days=91) is None


def test_a_placement_at_risk() -> None:
    facts = _facts(placement_at_risk_since=datetime.date(2026, 3, 10), placement_carer="Sam and Alex Carer")
    proposal = propose(facts, TODAY, meeting_days=91)
    assert proposal is not None
    assert proposal.first == (
        "The placement with Sam and Alex Carer has been at risk of breaking down since 10 Mar 2026; "
        "no network meeting since 1 Mar 2026."
    )


def test_too_long_since_the_last_meeting() -> None:
    facts = _facts(last_meeting_on=datetime.date(2025, 12, 19))
    assert propose(facts, TODAY, meeting_days=92) is None
    proposal = propose(facts, TODAY, meeting_days=91)
    assert proposal is not None
    assert proposal.first == (
        "No network meeting for 91 days, since 19 Dec 2025 (Lantern proposes one every 91 days)."
    )


def test_never_held_counts_from_coming_into_care() -> None:
    facts = _facts(last_meeting_on=None)
    assert propose(facts, TODAY, meeting_days=91) is None
    proposal = propose(facts, TODAY, meeting_days=60)
    assert proposal is not None
    assert proposal.first == (
        "No network meeting has been held in the 69 days since the child came into care on 10 Jan 2026 "
        "(Lantern proposes one every 60 days)."
    )


def test_every_reason_is_given() -> None:
    facts = _facts(
        last_meeting_on=None,
        high_screening_on=datetime.date(2026, 3, 3),
        pattern_summary="Night-time episodes",
        pattern_latest_on=datetime.date(2026, 3, 4),
        placement_at_risk_since=datetime.date(2026, 3, 5),
    )
    proposal = propose(facts, TODAY, meeting_days=30)
    assert proposal is not None
    assert len(proposal.reasons) == 4
    assert proposal.text.startswith("Exploitation screening on 3 Mar 2026")


def test_the_time_is_configurable() -> None:
    assert meeting_days() == 91
    with override_settings(LANTERN_NETWORK_MEETING_DAYS=30):
        assert meeting_days() == 30
    with override_settings(LANTERN_NETWORK_MEETING_DAYS=0), pytest.raises(ImproperlyConfigured):
        meeting_days()


def test_the_steady_words_do_not_change_from_day_to_day() -> None:
    facts = _facts(last_meeting_on=datetime.date(2025, 12, 1), high_screening_on=datetime.date(2026, 3, 5))
    today = propose(facts, TODAY, meeting_days=91)
    tomorrow = propose(facts, TODAY + datetime.timedelta(days=1), meeting_days=91)
    assert today is not None and tomorrow is not None
    assert today.text != tomorrow.text
    assert (
        today.steady_text
        == tomorrow.steady_text
        == (
            "Exploitation screening on 5 Mar 2026 found high risk; no network meeting since 1 Dec 2025. "
            "No network meeting since 1 Dec 2025 (Lantern proposes one every 91 days)."
        )
    )
