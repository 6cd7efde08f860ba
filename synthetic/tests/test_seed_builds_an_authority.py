from __future__ import annotations

from typing import Any

import pytest

from accounts.models import Agency, Team, User
from accounts.roles import Role
from audit.models import AuditEvent
from casework.models import Allocation, AllocationRole
from people.models import Child, Relationship


@pytest.mark.django_db
def test_seed_creates_the_children_agencies_teams_and_families(seeded: dict[str, Any]) -> None:
    assert Child.objects.count() == seeded["children"]
    assert set(Agency.objects.values_list("kind", flat=True)) >= {
        Agency.Kind.LOCAL_AUTHORITY,
        Agency.Kind.POLICE,
        Agency.Kind.HEALTH,
        Agency.Kind.EDUCATION,
    }
    managed = Team.objects.filter(manager__isnull=False)
    assert managed.exists()
    assert all(team.manager.role == Role.TEAM_MANAGER for team in managed if team.manager)
    assert Relationship.objects.filter(kind="parent").count() >= seeded["children"] // 2
    assert User.objects.filter(role=Role.SOCIAL_WORKER, is_active=False).exists()  # some workers have left


@pytest.mark.django_db
def test_every_child_has_a_current_social_worker_and_iro(seeded: dict[str, Any]) -> None:
    current = Allocation.objects.filter(end_date__isnull=True)
    for role in (AllocationRole.SOCIAL_WORKER, AllocationRole.IRO):
        allocated = set(current.filter(role=role).values_list("child_id", flat=True))
        assert allocated == set(Child.objects.values_list("pk", flat=True))
    assert not current.filter(worker__is_active=False).exists()


@pytest.mark.django_db
def test_seeding_writes_one_audit_row(seeded: dict[str, Any]) -> None:
    rows = AuditEvent.objects.filter(object_type="seed")
    assert rows.count() == 1
    row = rows.get()
    assert row.action == "create"
    assert f"--children {seeded['children']}" in row.reason
