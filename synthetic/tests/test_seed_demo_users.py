from __future__ import annotations

from typing import Any

import pytest

from access.selectors import visible_children
from accounts.models import User
from accounts.roles import Role


@pytest.mark.django_db
def test_there_is_one_demo_user_for_every_role(seeded: dict[str, Any]) -> None:
    demo = {u.username: u.role for u in User.objects.filter(username__startswith="demo.")}
    assert demo == {f"demo.{role}": role for role in Role.values}


@pytest.mark.django_db
def test_demo_worker_manager_and_partners_see_the_demo_caseload(seeded: dict[str, Any]) -> None:
    worker = User.objects.get(username="demo.social_worker")
    manager = User.objects.get(username="demo.team_manager")
    caseload = set(visible_children(worker).values_list("pk", flat=True))
    assert len(caseload) >= 3
    assert worker.team is not None and worker.team.manager == manager
    assert caseload <= set(visible_children(manager).values_list("pk", flat=True))
    for role in (Role.POLICE, Role.HEALTH, Role.EDUCATION, Role.CARER):
        partner = User.objects.get(username=f"demo.{role}")
        seen = set(visible_children(partner).values_list("pk", flat=True))
        assert seen and seen <= caseload
    assert not visible_children(User.objects.get(username="demo.analyst")).exists()
