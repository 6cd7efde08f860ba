"""A transfer summary falls due 5 working days after the change of worker: weekends and bank holidays do not
count (duties/working_days.py)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from accounts.tests.factories import UserFactory
from casework import services
from casework.models import AllocationRole, TransferSummary


@pytest.mark.django_db
def test_a_change_on_the_friday_before_christmas_is_due_the_next_tuesday_but_one(personas: Any) -> None:
    newcomer = UserFactory(username="nia", agency=personas.wendy.agency, team=personas.wendy.team)
    allocation = services.allocation_create(
        actor=personas.mia,
        child=personas.child,
        worker=newcomer,
        role=AllocationRole.SOCIAL_WORKER,
        start_date=datetime.date(2025, 12, 19),
    )
    summary = TransferSummary.objects.get(allocation=allocation)
    # Mon 22, Tue 23, Wed 24; Christmas Day and Boxing Day are bank holidays; Mon 29, Tue 30.
    assert summary.due_on == datetime.date(2025, 12, 30)
