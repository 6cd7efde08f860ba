"""The child's care records in a case bundle: periods of care, legal statuses, placements with their plans and
notifications, visits, looked-after reviews, health checks and personal education plans. Export here; import by
CareWriter (bundles/care_writer.py), called by bundles/importer.py after the allocations and before the story, so
that the chronology analysis in the story finds the entries these records make for themselves.

Each part is one list of the bundle, one model, described once in PARTS for both directions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models

from bundles.plain import plain, worker
from care.models import PLACEMENT_FIELDS, LegalStatusRecord, PeriodOfCare, Placement
from casework.statutory_records import LookedAfterReview, PlacementNotification, Plan, Visit
from education.models import PersonalEducationPlan
from health.models import HealthCheck
from people.models import Child


@dataclass(frozen=True)
class Part:
    """`section`: the bundle's list; `fields`: the model fields written as they are (dates as YYYY-MM-DD);
    `dated_by`: the date that orders the list and that the child's date of birth and today bound; `care`: a
    period of care, legal status or placement (the checks of care/services.py); `user`: the field naming a
    worker; `placement`: "required" or "optional" when the record names a placement in `placements`."""

    section: str
    model: type[models.Model]
    fields: tuple[str, ...]
    dated_by: str
    care: bool = False
    user: str = ""
    placement: str = ""


PARTS: tuple[Part, ...] = (
    Part(
        "periods_of_care",
        PeriodOfCare,
        ("start_date", "end_date", "category_of_need", "end_reason"),
        "start_date",
        care=True,
    ),
    Part("legal_statuses", LegalStatusRecord, ("code", "start_date", "end_date"), "start_date", care=True),
    Part(
        "placements",
        Placement,
        PLACEMENT_FIELDS,
        "start_date",
        care=True,
    ),
    Part("plans", Plan, ("kind", "made_on", "carer_signed_on", "summary"), "made_on", placement="optional"),
    Part(
        "placement_notifications",
        PlacementNotification,
        ("recipient", "sent_on"),
        "sent_on",
        placement="required",
    ),
    Part(
        "visits", Visit, ("visited_on", "seen", "seen_alone", "where", "notes"), "visited_on", user="visitor"
    ),
    Part(
        "looked_after_reviews",
        LookedAfterReview,
        ("held_on", "participation", "notes"),
        "held_on",
        user="iro",
    ),
    Part(
        "health_checks",
        HealthCheck,
        ("kind", "done_on", "practitioner", "sdq_score", "sdq_reason", "immunisations_up_to_date", "notes"),
        "done_on",
        user="recorded_by",
    ),
    Part(
        "personal_education_plans",
        PersonalEducationPlan,
        ("held_on", "school", "designated_teacher", "notes"),
        "held_on",
        user="recorded_by",
    ),
)

DATES = frozenset(
    {
        "start_date",
        "end_date",
        "intended_until_18_from",
        "made_on",
        "carer_signed_on",
        "sent_on",
        "visited_on",
        "held_on",
        "done_on",
    }
)


def _record(part: Part, instance: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": str(instance.pk)}
    data.update({name: plain(getattr(instance, name)) for name in part.fields})
    if part.placement:
        data["placement"] = str(instance.placement_id) if instance.placement_id else None
    if part.user:
        data[part.user] = worker(getattr(instance, part.user))
    return data


def care_export(child: Child) -> dict[str, list[dict[str, Any]]]:
    """Every part, each list by its date then id."""
    exported: dict[str, list[dict[str, Any]]] = {}
    for part in PARTS:
        records = part.model._default_manager.filter(child=child)
        if part.user:
            records = records.select_related(f"{part.user}__team", f"{part.user}__agency")
        ordered = sorted(records, key=lambda r: (getattr(r, part.dated_by), str(r.pk)))
        exported[part.section] = [_record(part, r) for r in ordered]
    return exported
