"""A child on a third social worker within 12 months is flagged to the manager on the team page."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from accounts.tests.factories import UserFactory
from casework.tests.factories import AllocationFactory


@pytest.mark.django_db
def test_a_third_worker_in_a_year_is_flagged(personas: Any) -> None:
    today = timezone.localdate()
    for n, days_ago in enumerate((300, 150)):
        earlier = UserFactory(username=f"earlier{n}", agency=personas.wendy.agency, team=personas.wendy.team)
        AllocationFactory(
            child=personas.child,
            worker=earlier,
            start_date=today - datetime.timedelta(days=days_ago),
            end_date=today - datetime.timedelta(days=days_ago - 100),
        )
    client = Client()
    client.force_login(personas.mia)
    page = client.get("/team/").content.decode()
    assert "1 child on a third social worker or more within 12 months" in page
    assert "Third worker in 12 months" in page
