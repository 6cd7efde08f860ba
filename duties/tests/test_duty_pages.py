"""Where users see duties: the child's page (overdue and next 30 days), "My children" (this week), the manager's
team page (overdue, per cent on time, stability), the stability page (counts only), and 404 for the unrelated."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from duties.tests.story import give_care_story


def _page(user: Any, path: str) -> tuple[int, str]:
    client = Client()
    client.force_login(user)
    response = client.get(path)
    return response.status_code, response.content.decode()


@pytest.mark.django_db
def test_the_childs_page_shows_the_overdue_visit_and_the_placement(personas: Any) -> None:
    child = give_care_story(personas)
    status, page = _page(personas.wendy, f"/children/{child.pk}/")
    assert status == 200
    assert "Statutory duties" in page and "Overdue" in page
    assert "Visit within 6 weeks" in page or "visit" in page.lower()
    assert "Ash and Rowan Example" in page  # the placement now


@pytest.mark.django_db
def test_my_children_shows_what_is_overdue(personas: Any) -> None:
    give_care_story(personas)
    status, page = _page(personas.wendy, "/children/")
    assert status == 200
    assert "Duties this week" in page
    assert "overdue" in page


@pytest.mark.django_db
def test_the_team_page_shows_overdue_duties_and_timeliness(personas: Any) -> None:
    give_care_story(personas)
    status, page = _page(personas.mia, "/team/")
    assert status == 200
    assert "Statutory duties overdue" in page and "Sky Example" in page
    assert "Duties done on time in the last 12 months" in page
    assert "100.0%" in page  # the first visit, within a week, was on time
    assert "Placement stability" in page


@pytest.mark.django_db
def test_the_unrelated_worker_gets_404_on_the_duties_page(personas: Any) -> None:
    child = give_care_story(personas)
    for user in (personas.uma, personas.max):
        status, page = _page(user, f"/children/{child.pk}/duties/")
        assert status == 404
        assert "Sky" not in page


@pytest.mark.django_db
def test_the_stability_page_is_for_managers_and_names_no_child(personas: Any) -> None:
    give_care_story(personas)
    status, page = _page(personas.mia, "/duties/stability/")
    assert status == 200
    assert "Children in Care North" in page and "Whole authority" in page
    assert "Sky" not in page
    assert _page(personas.wendy, "/duties/stability/")[0] == 404
    assert _page(personas.pat, "/duties/stability/")[0] == 404


@pytest.mark.django_db
def test_the_performance_analyst_sees_the_stability_page(personas: Any) -> None:
    from accounts.roles import Role
    from accounts.tests.factories import UserFactory

    analyst = UserFactory(username="ana", role=Role.ANALYST)
    status, page = _page(analyst, "/duties/stability/")
    assert status == 200 and "Whole authority" in page
    assert 'href="/duties/stability/"' in page  # in the navigation


@pytest.mark.django_db
def test_the_childs_page_counts_placements_in_the_last_12_and_24_months(personas: Any) -> None:
    child = give_care_story(personas)
    status, page = _page(personas.wendy, f"/children/{child.pk}/")
    assert status == 200
    assert "1 in the last 12 months, 1 in the last 24 months (1 in all)" in page
