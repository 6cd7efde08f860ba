"""The risk banner at the top of the child's page: the exploitation risk level of the latest screening, the last
missing episode with the counts of the last 30 and 90 days, and the pattern flags; a child missing now is said so
first. A child with no screening and no episode has no banner."""

from __future__ import annotations

import re
from typing import Any

import pytest

from missing.tests.helpers import client_for, episode, hours_ago
from people.tests.factories import ChildFactory
from risk.tests.factories import add_risk_records


def _banner(personas: Any, child: Any = None) -> str:
    page = client_for(personas.wendy).get(f"/children/{(child or personas.child).pk}/").content.decode()
    found = re.search(
        r'<div class="govuk-notification-banner[^"]*"[^>]*id="risk-banner".*?</div>\s*</div>', page, re.S
    )
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(0))) if found else ""


@pytest.mark.django_db
def test_the_banner_shows_the_level_and_the_last_episode(personas: Any) -> None:
    add_risk_records(child=personas.child, actor=personas.wendy)  # a low screening on 1 October 2026
    banner = _banner(personas)
    assert "Exploitation risk: Low" in banner and "screened 1 Oct 2026" in banner
    assert (
        "Last missing episode: 8 Mar 2024, 9 hours. 0 in the last 30 days, 0 in the last 90 days." in banner
    )
    assert "is missing now" not in banner


@pytest.mark.django_db
def test_a_child_missing_now_is_said_first_with_the_pattern(personas: Any) -> None:
    for days in (20, 10):
        episode(personas, started=hours_ago(days * 24), hours=5, where="Northgate retail park")
    episode(personas, started=hours_ago(3), hours=None)
    banner = _banner(personas)
    assert banner.index("Robin is missing now") < banner.index("Exploitation risk")
    assert "3 in the last 30 days" in banner
    assert "Northgate retail park" in banner  # the repeated place, in the pattern's own words


@pytest.mark.django_db
def test_no_banner_without_a_screening_or_an_episode(personas: Any) -> None:
    from casework.tests.factories import AllocationFactory

    other: Any = ChildFactory()
    AllocationFactory(child=other, worker=personas.wendy)
    assert _banner(personas, other) == ""
