from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from people.models import Child


@pytest.mark.django_db
def test_if_empty_leaves_a_seeded_database_alone(seeded: dict[str, Any]) -> None:
    out = StringIO()
    call_command("seed", "--children=10", "--seed=99", "--if-empty", "--no-progress", stdout=out)
    assert Child.objects.count() == seeded["children"]
    assert "nothing seeded" in out.getvalue()


@pytest.mark.django_db
def test_without_if_empty_a_seeded_database_is_refused(seeded: dict[str, Any]) -> None:
    with pytest.raises(CommandError, match="already holds children"):
        call_command("seed", "--children=10", "--seed=99", "--no-progress")
    assert Child.objects.count() == seeded["children"]
