"""The team page counts, for each team, the children with 3 or more social workers in the last 12 and 24 months
out of the children the team holds, and shows each child's own count."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from accounts.tests.factories import UserFactory
from casework.tests.factories import AllocationFactory
from people.tests.factories import ChildFactory


@pytest.mark.django_db
def test_each_team_counts_its_children_with_many_workers(personas: Any) -> None:
    today = timezone.localdate()
    team = personas.wendy.team
    # Robin: two earlier workers, 20 and 15 months ago: 3 in 24 months, 1 in 12.
    for n, (start, end) in enumerate(((600, 500), (450, 400))):
        earlier = UserFactory(username=f"earlier{n}", agency=personas.wendy.agency, team=team)
        AllocationFactory(
            child=personas.child,
            worker=earlier,
            start_date=today - datetime.timedelta(days=start),
            end_date=today - datetime.timedelta(days=end),
        )
    # A second child of the team: a third worker within the year.
    other: Any = ChildFactory()
    for n, (start, end) in enumerate(((300, 200), (150, 100))):
        earlier = UserFactory(username=f"before{n}", agency=personas.wendy.agency, team=team)
        AllocationFactory(
            child=other,
            worker=earlier,
            start_date=today - datetime.timedelta(days=start),
            end_date=today - datetime.timedelta(days=end),
        )
    AllocationFactory(child=other, worker=personas.wendy, start_date=today - datetime.timedelta(days=50))
    client = Client()
    client.force_login(personas.mia)
    page = client.get("/team/").content.decode()
    block = page.split("Continuity of social workers</h2>")[1]
    assert f"{team.name}</h3>" in block
    assert "Children with 3 or more social workers in the last 12 months: 1 of 2" in block
    assert "Children with 3 or more social workers in the last 24 months: 2 of 2" in block
    robin = page.split("Robin Fictional</a>")[-1].split("</li>")[0]
    assert "1 social worker in 12 months, 3 in 24" in robin
