from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction

from audit.recording import save_audited
from casework.models import Allocation
from lantern.assign import assign_fields
from people.models import Child


@transaction.atomic
def allocation_create(
    *,
    actor: Any,
    child: Child,
    worker: Any,
    role: str,
    start_date: date,
    end_date: date | None = None,
    end_reason: str = "",
) -> Allocation:
    allocation = Allocation(
        child=child, worker=worker, role=role, start_date=start_date, end_date=end_date, end_reason=end_reason
    )
    return save_audited(actor=actor, instance=allocation, child_id=child.pk)


@transaction.atomic
def allocation_update(*, actor: Any, allocation: Allocation, data: dict[str, Any]) -> Allocation:
    assign_fields(allocation, data, ("worker", "role", "start_date", "end_date", "end_reason"))
    return save_audited(
        actor=actor, instance=allocation, child_id=allocation.child_id, expected_version=data.get("version")
    )
