"""The hand-written access check (access.basis_sql) and the ORM rule (access.selectors) must never disagree."""

from __future__ import annotations

import datetime
import random
from typing import Any

import pytest
from django.utils import timezone

from access.models import AccessGrant, BreakGlass
from access.selectors import Basis, _basis_queries, child_with_basis
from accounts.roles import Role
from accounts.tests.factories import TeamFactory, UserFactory
from casework.models import Allocation
from people.tests.factories import ChildFactory

NOW = timezone.make_aware(datetime.datetime(2026, 6, 15, 12, 0))


def _when(rng: random.Random) -> datetime.datetime:
    return NOW + datetime.timedelta(days=rng.randint(-60, 60), hours=rng.randint(-12, 12))


@pytest.mark.django_db
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_hand_written_check_matches_the_orm_rule(seed: int) -> None:
    rng = random.Random(seed)
    managers: list[Any] = [UserFactory(role=Role.TEAM_MANAGER) for _ in range(3)]
    teams = [TeamFactory(manager=m) for m in managers]
    users: list[Any] = managers + [UserFactory(team=rng.choice([*teams, None])) for _ in range(7)]
    children: list[Any] = [ChildFactory() for _ in range(8)]
    for _ in range(40):
        start = _when(rng).date()
        Allocation.objects.create(
            child=rng.choice(children),
            worker=rng.choice(users),
            start_date=start,
            end_date=rng.choice([None, start + datetime.timedelta(days=rng.randint(0, 90))]),
        )
    for _ in range(25):
        starts = _when(rng)
        AccessGrant.objects.create(
            child=rng.choice(children),
            user=rng.choice(users),
            reason="test",
            starts_at=starts,
            expires_at=starts + datetime.timedelta(days=rng.randint(1, 60)),
            revoked_at=rng.choice([None, None, _when(rng)]),
        )
    for _ in range(10):
        started = _when(rng)
        BreakGlass.objects.create(
            child=rng.choice(children),
            user=rng.choice(users),
            reason="emergency test",
            started_at=started,
            expires_at=started + datetime.timedelta(hours=4),
        )
    seen = 0
    for at in (NOW, NOW - datetime.timedelta(days=30), NOW + datetime.timedelta(days=30, hours=5)):
        for user in users:
            expected = {
                b: set(q.values_list("child_id", flat=True)) for b, q in _basis_queries(user, at).items()
            }
            for child in children:
                found = child_with_basis(user, child.pk, at=at)
                want = {b for b in Basis if child.pk in expected[b]}
                assert (found[1] if found else set()) == want, (user, child, at)
                seen += bool(want)
    assert seen > 10, "the generated data should give many users access to some children"


def test_the_statement_names_the_models_tables() -> None:
    from access.basis_sql import STATEMENT
    from accounts.models import Team, User

    for model in (Allocation, AccessGrant, BreakGlass, User, Team):
        assert f" {model._meta.db_table} " in STATEMENT
