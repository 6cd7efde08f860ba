from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema

from access.guards import load_child
from duties.duty import OPEN
from duties.selectors import duties_of_child
from lantern.api.schemas import ERRORS, IsoDate

router = Router(tags=["duties"])


class SatisfiedByOut(Schema):
    kind: str
    id: str


class DutyOut(Schema):
    rule: str
    name: str
    source: str
    who_must_act: str
    about: str
    due_on: date
    status: str
    done_on: date | None
    satisfied_by: SatisfiedByOut | None


@router.get(
    "/{child_id}/duties",
    response={200: list[DutyOut], **ERRORS},
    summary="The child's statutory duties on a day (default today), latest due date first",
)
def list_duties(
    request: HttpRequest, child_id: UUID, as_of: IsoDate | None = None, open_only: bool = False
) -> list[dict[str, Any]]:
    access = load_child(request, child_id)
    rows = duties_of_child(user=request.user, child=access.child, as_of=as_of or timezone.localdate())
    return [
        {
            "rule": r.duty.rule,
            "name": r.name,
            "source": r.source,
            "who_must_act": r.actor,
            "about": r.duty.about,
            "due_on": r.duty.due_on,
            "status": str(r.duty.status),
            "done_on": r.duty.done_on,
            "satisfied_by": (
                {"kind": r.duty.satisfied_by.kind, "id": r.duty.satisfied_by.id}
                if r.duty.satisfied_by
                else None
            ),
        }
        for r in rows
        if not open_only or r.duty.status in OPEN
    ]
