"""The chronology page: entries in date order with their source, filters, key events, gaps, and refused ranges."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from chronology.models import Category, Significance
from chronology.tests.factories import ChronologyEntryFactory

D = datetime.date


def _page(personas: Any, query: str = "") -> str:
    client = Client()
    client.force_login(personas.wendy)
    response = client.get(f"/children/{personas.child.pk}/chronology/{query}")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def story(personas: Any) -> Any:
    ChronologyEntryFactory(
        child=personas.child,
        occurred_on=D(2019, 4, 1),
        agency="Example Health Trust",
        category=Category.HEALTH,
        what_happened="Initial health assessment",
    )
    ChronologyEntryFactory(
        child=personas.child,
        occurred_on=D(2025, 6, 10),
        agency="Example Constabulary",
        category=Category.POLICE,
        what_happened="Found at a house not known to the carer <script>alert(1)</script>",
        significance=Significance.CRITICAL,
        impact="Pattern of going missing is escalating",
    )
    return personas


@pytest.mark.django_db
def test_entries_show_oldest_first_with_facts_and_analysis_apart(story: Any) -> None:
    html = _page(story)
    assert html.index("Initial health assessment") < html.index("Found at a house")
    assert "Pattern of going missing is escalating" in html
    assert "Critical" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "Allocation" in html  # Wendy's allocation made its own entry, linked to its record


@pytest.mark.django_db
def test_filters_narrow_the_entries(story: Any) -> None:
    by_agency = _page(story, "?agency=Example+Health+Trust")
    assert "Initial health assessment" in by_agency and "Found at a house" not in by_agency
    by_category = _page(story, "?category=police")
    assert "Found at a house" in by_category and "Initial health assessment" not in by_category
    by_dates = _page(story, "?date_from=01/01/2025&date_to=31/12/2025")
    assert "Found at a house" in by_dates and "Initial health assessment" not in by_dates
    key = _page(story, "?view=key")
    assert "Found at a house" in key and "Initial health assessment" not in key
    ChronologyEntryFactory(
        child=story.child,
        occurred_on=D(2025, 9, 1),
        what_happened="Changed school mid-term",
        significance=Significance.SIGNIFICANT,
    )
    critical = _page(story, "?significance=critical")
    assert "Found at a house" in critical
    assert "Changed school mid-term" not in critical and "Initial health assessment" not in critical
    assert "Changed school mid-term" in _page(story, "?significance=significant")


@pytest.mark.django_db
def test_a_range_that_ends_before_it_starts_is_refused(story: Any) -> None:
    html = _page(story, "?date_from=01/01/2025&date_to=01/01/2024")
    assert "There is a problem" in html
    assert "The ‘to’ date must be on or after the ‘from’ date" in html


@pytest.mark.django_db
def test_long_silences_are_shown_as_gaps(story: Any) -> None:
    html = _page(story)
    assert "Nothing recorded for" in html
    assert "from 2 Apr 2019" in html  # the day after the health assessment


@pytest.mark.django_db
def test_many_entries_are_paged(personas: Any) -> None:
    for n in range(120):
        ChronologyEntryFactory(child=personas.child, occurred_on=D(2020, 1, 1) + datetime.timedelta(days=n))
    html = _page(personas)
    assert "page 1 of 3" in html
    assert "page 3 of 3" in _page(personas, "?page=3")


@pytest.mark.django_db
def test_a_gap_between_two_pages_opens_the_later_page(personas: Any) -> None:
    personas.entry.delete()
    for n in range(50):
        ChronologyEntryFactory(child=personas.child, occurred_on=D(2020, 1, 1) + datetime.timedelta(days=n))
    for n in range(10):
        ChronologyEntryFactory(child=personas.child, occurred_on=D(2021, 1, 1) + datetime.timedelta(days=n))
    first, second = _page(personas), _page(personas, "?page=2")
    assert "Nothing recorded for" not in first
    assert "Nothing recorded for 316 days, from 20 Feb 2020 to 31 Dec 2020" in second


@pytest.mark.django_db
def test_a_day_that_straddles_two_pages_makes_its_gap_once(personas: Any) -> None:
    personas.entry.delete()
    for n in range(49):
        ChronologyEntryFactory(child=personas.child, occurred_on=D(2020, 1, 1) + datetime.timedelta(days=n))
    for _ in range(2):
        ChronologyEntryFactory(child=personas.child, occurred_on=D(2020, 6, 1))
    gap = "Nothing recorded for 103 days, from 19 Feb 2020 to 31 May 2020"
    assert gap in _page(personas)
    assert gap not in _page(personas, "?page=2")
