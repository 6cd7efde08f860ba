"""The duty rules' facts for many children at once, read in one query per kind of record (no per-child queries),
so that a whole authority's duties can be worked out in seconds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import CharField
from django.db.models.functions import Cast

from care.models import LegalStatusRecord, PeriodOfCare, Placement
from casework.models import Allocation, AllocationRole, LookedAfterReview, PlacementNotification, Plan, Visit
from casework.statutory_records import PlanKind
from duties.facts import (
    CarePeriod,
    ChildFacts,
    Dated,
    HealthFact,
    LegalStatusFact,
    NotificationFact,
    PlacementFact,
    PlacementPlanFact,
    Ref,
    VisitFact,
)
from education.models import PersonalEducationPlan
from health.models import HealthCheck
from people.models import Child

_PLAN_FIELDS = {
    PlanKind.CARE_PLAN: "care_plans",
    PlanKind.NEEDS_ASSESSMENT: "needs_assessments",
    PlanKind.PATHWAY_PLAN: "pathway_plans",
}
_ROLE_FIELDS = {AllocationRole.IRO: "iro_appointments", AllocationRole.PERSONAL_ADVISER: "personal_advisers"}


_UUIDS = frozenset({"child_id", "id", "placement_id"})


def _canonical(value: str | None) -> str:
    """A UUID as text with hyphens, whichever way the database gave it (SQLite keeps 32 hex digits)."""
    if value is None or len(value) != 32:
        return value or ""
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def _rows(queryset: Any, ids: list[Any] | None, order: str, *fields: str) -> Iterator[tuple[Any, ...]]:
    """Rows of these fields, the ids read as text: turning some 200,000 ids into UUID objects and back would cost
    more than all the rules together."""
    if ids is not None:
        queryset = queryset.filter(child_id__in=ids)
    columns = [Cast(f, CharField()) if f in _UUIDS else f for f in fields]
    positions = [i for i, f in enumerate(fields) if f in _UUIDS]
    for row in queryset.order_by(order).values_list(*columns):
        values = list(row)
        for i in positions:
            values[i] = _canonical(values[i])
        yield tuple(values)


def facts_for(child_ids: Iterable[Any] | None = None) -> list[ChildFacts]:
    """The facts of these children (or of every child with a period of care), oldest records first."""
    ids = list(child_ids) if child_ids is not None else None
    found: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))

    for child_id, start, end in _rows(
        PeriodOfCare.objects, ids, "start_date", "child_id", "start_date", "end_date"
    ):
        found[child_id]["periods"].append(CarePeriod(start, end))
    for child_id, code, start, end in _rows(
        LegalStatusRecord.objects, ids, "start_date", "child_id", "code", "start_date", "end_date"
    ):
        found[child_id]["legal_statuses"].append(LegalStatusFact(code, start, end))
    for row in _rows(
        Placement.objects, ids, "start_date", "child_id", "id", "place", "start_date", "end_date",
        "intended_until_18_from", "before_assessment", "temporary_approval", "in_authority",
    ):  # fmt: skip
        child_id, pk, place, start, end, until_18, before, temporary, inside = row
        found[child_id]["placements"].append(
            PlacementFact(pk, place, start, end, until_18, before, temporary, not inside)
        )
    for child_id, pk, on, seen in _rows(
        Visit.objects, ids, "visited_on", "child_id", "id", "visited_on", "seen"
    ):
        found[child_id]["visits"].append(VisitFact(Ref("visit", pk), on, seen))
    for child_id, pk, on in _rows(LookedAfterReview.objects, ids, "held_on", "child_id", "id", "held_on"):
        found[child_id]["reviews"].append(Dated(Ref("review", pk), on))
    for child_id, pk, kind, on, placement_id, signed in _rows(
        Plan.objects, ids, "made_on", "child_id", "id", "kind", "made_on", "placement_id", "carer_signed_on"
    ):
        ref = Ref(kind, pk)
        if kind == PlanKind.PLACEMENT_PLAN:
            found[child_id]["placement_plans"].append(PlacementPlanFact(ref, placement_id, on, signed))
        else:
            found[child_id][_PLAN_FIELDS[PlanKind(kind)]].append(Dated(ref, on))
    for child_id, pk, placement_id, on in _rows(
        PlacementNotification.objects, ids, "sent_on", "child_id", "id", "placement_id", "sent_on"
    ):
        found[child_id]["notifications"].append(NotificationFact(Ref("notification", pk), placement_id, on))
    roles = Allocation.objects.filter(role__in=list(_ROLE_FIELDS))
    for child_id, pk, role, start in _rows(roles, ids, "start_date", "child_id", "id", "role", "start_date"):
        found[child_id][_ROLE_FIELDS[AllocationRole(role)]].append(Dated(Ref("allocation", pk), start))
    for child_id, pk, kind, on in _rows(
        HealthCheck.objects, ids, "done_on", "child_id", "id", "kind", "done_on"
    ):
        found[child_id]["health"].append(HealthFact(Ref("health", pk), kind, on))
    for child_id, pk, on in _rows(PersonalEducationPlan.objects, ids, "held_on", "child_id", "id", "held_on"):
        found[child_id]["peps"].append(Dated(Ref("pep", pk), on))

    wanted = [k for k, v in found.items() if v.get("periods")]
    people = Child.objects.all() if ids is None else Child.objects.filter(pk__in=ids)
    births = {str(pk): born for pk, born in people.values_list("person_id", "person__date_of_birth")}
    return [
        ChildFacts(
            child_id=child_id,
            date_of_birth=births.get(child_id),
            **{name: tuple(values) for name, values in found[child_id].items()},
        )
        for child_id in wanted
    ]
