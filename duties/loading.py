"""The duty rules' facts for many children at once, read in one query per kind of record (no per-child queries),
so that a whole authority's duties can be worked out in seconds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

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


def _filtered(queryset: Any, ids: list[Any] | None) -> Any:
    return queryset if ids is None else queryset.filter(child_id__in=ids)


def facts_for(child_ids: Iterable[Any] | None = None) -> list[ChildFacts]:
    """The facts of these children (or of every child with a period of care), oldest records first."""
    ids = list(child_ids) if child_ids is not None else None
    found: dict[Any, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))

    periods = _filtered(PeriodOfCare.objects.all(), ids).order_by("start_date")
    for child_id, start, end in periods.values_list("child_id", "start_date", "end_date"):
        found[child_id]["periods"].append(CarePeriod(start, end))
    statuses = _filtered(LegalStatusRecord.objects.all(), ids).order_by("start_date")
    for child_id, code, start, end in statuses.values_list("child_id", "code", "start_date", "end_date"):
        found[child_id]["legal_statuses"].append(LegalStatusFact(code, start, end))
    placements = _filtered(Placement.objects.all(), ids).order_by("start_date")
    for row in placements.values_list(
        "child_id", "id", "place", "start_date", "end_date", "intended_until_18_from",
        "before_assessment", "temporary_approval", "in_authority",
    ):  # fmt: skip
        child_id, pk, place, start, end, until_18, before, temporary, inside = row
        found[child_id]["placements"].append(
            PlacementFact(str(pk), place, start, end, until_18, before, temporary, not inside)
        )
    visits = _filtered(Visit.objects.all(), ids).order_by("visited_on")
    for child_id, pk, on, seen in visits.values_list("child_id", "id", "visited_on", "seen"):
        found[child_id]["visits"].append(VisitFact(Ref("visit", str(pk)), on, seen))
    reviews = _filtered(LookedAfterReview.objects.all(), ids).order_by("held_on")
    for child_id, pk, on in reviews.values_list("child_id", "id", "held_on"):
        found[child_id]["reviews"].append(Dated(Ref("review", str(pk)), on))
    plans = _filtered(Plan.objects.all(), ids).order_by("made_on")
    for child_id, pk, kind, on, placement_id, signed in plans.values_list(
        "child_id", "id", "kind", "made_on", "placement_id", "carer_signed_on"
    ):
        ref = Ref(kind, str(pk))
        if kind == PlanKind.PLACEMENT_PLAN:
            found[child_id]["placement_plans"].append(PlacementPlanFact(ref, str(placement_id), on, signed))
        else:
            found[child_id][_PLAN_FIELDS[PlanKind(kind)]].append(Dated(ref, on))
    notices = _filtered(PlacementNotification.objects.all(), ids).order_by("sent_on")
    for child_id, pk, placement_id, on in notices.values_list("child_id", "id", "placement_id", "sent_on"):
        found[child_id]["notifications"].append(
            NotificationFact(Ref("notification", str(pk)), str(placement_id), on)
        )
    roles = _filtered(Allocation.objects.filter(role__in=list(_ROLE_FIELDS)), ids).order_by("start_date")
    for child_id, pk, role, start in roles.values_list("child_id", "id", "role", "start_date"):
        found[child_id][_ROLE_FIELDS[AllocationRole(role)]].append(Dated(Ref("allocation", str(pk)), start))
    checks = _filtered(HealthCheck.objects.all(), ids).order_by("done_on")
    for child_id, pk, kind, on in checks.values_list("child_id", "id", "kind", "done_on"):
        found[child_id]["health"].append(HealthFact(Ref("health", str(pk)), kind, on))
    peps = _filtered(PersonalEducationPlan.objects.all(), ids).order_by("held_on")
    for child_id, pk, on in peps.values_list("child_id", "id", "held_on"):
        found[child_id]["peps"].append(Dated(Ref("pep", str(pk)), on))

    wanted = [k for k, v in found.items() if v.get("periods")]
    people = Child.objects.all() if ids is None else Child.objects.filter(pk__in=ids)
    births = dict(people.values_list("person_id", "person__date_of_birth"))
    return [
        ChildFacts(
            child_id=str(child_id),
            date_of_birth=births.get(child_id),
            **{name: tuple(values) for name, values in found[child_id].items()},
        )
        for child_id in wanted
    ]
