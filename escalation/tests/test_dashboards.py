"""The dashboards: open escalations of the children the user may see, overdue first, filtered by stage, each child
listed audited; an unrelated manager sees none. The safeguarding partnership's view counts open escalations by stage,
age and pair of agencies, names no child nor any agency typed freely (only registered ones), and is for the partnership's reviewers only."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from audit.models import AuditEvent
from escalation import services
from escalation.tests.factories import days_ago, raised
from people.tests.factories import ChildFactory


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def two(personas: Any) -> tuple[Any, Any]:
    late = raised(personas.pat, personas.child, on=days_ago(30), concerning_agency="Children’s social care")
    services.escalation_next_stage(actor=personas.pat, escalation=late, why="No answer", on=days_ago(25))
    recent = raised(personas.wendy, personas.child, concerning_agency="Example Constabulary")
    return late, recent


@pytest.mark.django_db
def test_the_manager_sees_her_teams_escalations_overdue_first(personas: Any, two: tuple[Any, Any]) -> None:
    late, recent = two
    page = _client(personas.mia).get("/escalations/").content.decode()
    assert "2 open, 1 past the time limit" in page
    assert page.index(f"/escalations/{late.pk}/") < page.index(f"/escalations/{recent.pk}/")
    assert "Robin Fictional" in page
    assert AuditEvent.objects.filter(
        actor=personas.mia,
        action="search",
        child_id=personas.child.pk,
        reason="listed in the escalations dashboard",
    ).exists()
    page = _client(personas.mia).get("/escalations/?stage=2").content.decode()
    assert f"/escalations/{late.pk}/" in page and f"/escalations/{recent.pk}/" not in page


@pytest.mark.django_db
def test_an_unrelated_manager_sees_none(personas: Any, two: tuple[Any, Any]) -> None:
    page = _client(personas.max).get("/escalations/").content.decode()
    assert "No open escalation" in page and "Robin" not in page


@pytest.mark.django_db
def test_the_partnership_counts_name_no_child(personas: Any, two: tuple[Any, Any]) -> None:
    other: Any = ChildFactory()
    raised(personas.wendy, other, concerning_agency="Example Constabulary")  # another child, any team
    raised(personas.wendy, other, concerning_agency="Robin’s mum’s friend at the Fictional Road hostel")
    reviewer = UserFactory(username="rhea", first_name="Rhea", last_name="Reviewer", role=Role.REVIEWER)
    page = _client(reviewer).get("/escalations/partnership/").content.decode()
    assert "4 open, 1 past their stage’s time limit." in page
    assert "Robin" not in page and "Fictional" not in page and str(personas.child.pk) not in page
    assert other.person.surname not in page and str(other.pk) not in page
    assert "Stage 2: managers" in page and "Over 20 working days" in page
    assert (
        '<td class="govuk-table__cell">Lantern Borough Council</td>\n    '
        '<td class="govuk-table__cell">Example Constabulary</td>\n    '
        '<td class="govuk-table__cell govuk-table__cell--numeric">2</td>'
    ) in page
    assert "mum’s friend" not in page and "hostel" not in page
    assert "Another agency (typed in the record, not shown here)" in page
    for user in (personas.mia, personas.wendy, personas.pat):
        assert _client(user).get("/escalations/partnership/").status_code == 404
