from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from casework.models import Allocation, AllocationRole


@pytest.mark.django_db
def test_some_children_have_had_many_workers_and_some_only_one(seeded: dict[str, Any]) -> None:
    allocations = Allocation.objects.filter(role=AllocationRole.SOCIAL_WORKER)
    per_child = Counter(allocations.values_list("child_id", flat=True))
    assert max(per_child.values()) >= 3
    assert min(per_child.values()) == 1
    ended = allocations.filter(end_date__isnull=False)
    assert ended.exists()
    assert not ended.filter(end_reason="").exists()
