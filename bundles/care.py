"""The child's care records in a case bundle: periods of care, legal statuses, placements with their plans and
notifications, visits, looked-after reviews, health checks, personal education plans, the missing-from-care
records (missing episodes, their return interviews, the copies of the missing person profile sent to the police),
substance misuse and youth justice outcomes (SSDA903 OC2), and permanence: the order a child had before each period
of care and the decisions to place for adoption (SSDA903 PrevPerm, PlacedAdoption, AD1).
Export here; import by CareWriter (bundles/care_writer.py), called by bundles/importer.py after the allocations and
before the story, so that the chronology analysis in the story finds the entries these records make for themselves.
The missing person profile itself (one per child, with its photo) is bundles/missing_profile.py.

Each part is one list of the bundle, one model, described once in PARTS for both directions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from django.db import models

from bundles.plain import plain, worker
from bundles.register import register_entry
from care.models import PLACEMENT_FIELDS, LegalStatusRecord, PeriodOfCare, Placement
from casework.care_leaver import CareLeaverOutcome
from casework.statutory_records import LookedAfterReview, PlacementNotification, Plan, Visit
from casework.youth_justice import YouthJusticeOutcome
from education.models import PersonalEducationPlan
from health.models import HealthCheck, SubstanceMisuse
from missing.models import EPISODE_FIELDS, INTERVIEW_FIELDS, MissingEpisode, ProfileSent, ReturnInterview
from people.models import Child
from permanence.models import AdoptionDecision, PreviousPermanence

Checks = Literal[
    "dated",
    "care",
    "episode",
    "interview",
    "review",
    "misuse",
    "youth_justice",
    "previous",
    "adoption",
    "leaver",
    "model",
]


class Link(NamedTuple):
    """A record naming a record of an earlier list by its id: `field` (the model's foreign key and the bundle's
    field), `section` (the list it names a record of), `required` (null is not allowed)."""

    field: str
    section: str
    required: bool = False


@dataclass(frozen=True)
class Part:
    """`section`: the bundle's list; `fields`: the model fields written as they are (dates as YYYY-MM-DD, dates and
    times as ISO 8601 with offset); `dated_by`: the date (or date and time) that orders the list; `checks`: the
    checks of the record's service beyond the model's own (bundles/care_writer.py): "dated" (a date neither before
    the child's birth nor after today, on `dated_by`), "care" (a period of care, legal status or placement:
    care/services.py), "episode" (missing/services.py episode_save), "interview" (return_interview_save), "review" (casework/services.py
    review_save), "misuse" (health/services.py substance_misuse_save), "youth_justice"
    (casework/youth_justice_services.py outcome_save), "previous" and "adoption" (permanence/services.py
    previous_permanence_save and adoption_decision_save), "leaver" (casework/care_leaver_services.py
    care_leaver_outcome_save), "model" (none); `user`: the field naming a worker; `link`: the record names a record of an earlier list; `register`:
    the field naming a register entry (bundles/register.py), linked on import when this Lantern has it."""

    section: str
    model: type[models.Model]
    fields: tuple[str, ...]
    dated_by: str
    checks: Checks = "dated"
    user: str = ""
    link: Link | None = None
    register: str = ""


PARTS: tuple[Part, ...] = (
    Part(
        "periods_of_care",
        PeriodOfCare,
        ("start_date", "end_date", "category_of_need", "end_reason"),
        "start_date",
        checks="care",
    ),
    Part(
        "legal_statuses", LegalStatusRecord, ("code", "start_date", "end_date"), "start_date", checks="care"
    ),
    Part(
        "placements",
        Placement,
        PLACEMENT_FIELDS,
        "start_date",
        checks="care",
        register="carer_record",
    ),
    Part(
        "plans",
        Plan,
        ("kind", "made_on", "carer_signed_on", "summary"),
        "made_on",
        link=Link("placement", "placements"),
    ),
    Part(
        "placement_notifications",
        PlacementNotification,
        ("recipient", "sent_on"),
        "sent_on",
        link=Link("placement", "placements", required=True),
    ),
    Part(
        "visits", Visit, ("visited_on", "seen", "seen_alone", "where", "notes"), "visited_on", user="visitor"
    ),
    Part(
        "looked_after_reviews",
        LookedAfterReview,
        ("held_on", "participation", "notes"),
        "held_on",
        checks="review",
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
    Part(
        "missing_episodes",
        MissingEpisode,
        (*EPISODE_FIELDS, "reported_at"),
        "started_at",
        checks="episode",
        user="recorded_by",
    ),
    Part(
        "return_interviews",
        ReturnInterview,
        INTERVIEW_FIELDS,
        "offered_at",
        checks="interview",
        user="recorded_by",
        link=Link("episode", "missing_episodes", required=True),
    ),
    Part(
        "profiles_sent",
        ProfileSent,
        ("sent_to", "sent_at", "last_seen_wearing", "last_seen"),
        "sent_at",
        checks="model",
        user="sent_by",
        link=Link("episode", "missing_episodes"),
    ),
    Part(
        "substance_misuse",
        SubstanceMisuse,
        (
            "identified_on",
            "identified_by",
            "intervention_offered_on",
            "intervention_received_on",
            "intervention_by",
            "resolved_on",
            "notes",
        ),
        "identified_on",
        checks="misuse",
        user="recorded_by",
    ),
    Part(
        "youth_justice_outcomes",
        YouthJusticeOutcome,
        ("outcome_on", "kind", "offence", "given_by", "notes"),
        "outcome_on",
        checks="youth_justice",
        user="recorded_by",
    ),
    Part(
        "previous_permanence",
        PreviousPermanence,
        ("option", "authority", "order_date", "order_date_precision"),
        "order_date",
        checks="previous",
        link=Link("period", "periods_of_care", required=True),
    ),
    Part(
        "adoption_decisions",
        AdoptionDecision,
        (
            "decided_on",
            "ceased_on",
            "ceased_reason",
            "matched_on",
            "by_foster_carer",
            "adopters",
            "adopters_legal_status",
        ),
        "decided_on",
        checks="adoption",
        user="recorded_by",
    ),
    Part(
        "care_leaver_outcomes",
        CareLeaverOutcome,
        ("birthday", "in_touch", "activity", "accommodation", "notes"),
        "birthday",
        checks="leaver",
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
        "safe_and_well_on",
        "identified_on",
        "intervention_offered_on",
        "intervention_received_on",
        "resolved_on",
        "outcome_on",
        "order_date",
        "decided_on",
        "ceased_on",
        "matched_on",
    }
)
MOMENTS = frozenset({"started_at", "ended_at", "reported_at", "offered_at", "sent_at"})


def _record(part: Part, instance: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": str(instance.pk)}
    data.update({name: plain(getattr(instance, name)) for name in part.fields})
    if part.link:
        linked = getattr(instance, f"{part.link.field}_id")
        data[part.link.field] = str(linked) if linked else None
    if part.user:
        data[part.user] = worker(getattr(instance, part.user))
    if part.register:
        data[part.register] = register_entry(getattr(instance, part.register))
    return data


def _order(part: Part, instance: Any) -> tuple[Any, ...]:
    """By date then id; a record without its date (a return interview not yet offered) after those with one."""
    when = getattr(instance, part.dated_by)
    return (when is None, "" if when is None else when, str(instance.pk))


def care_export(child: Child) -> dict[str, list[dict[str, Any]]]:
    """Every part, each list by its date then id."""
    exported: dict[str, list[dict[str, Any]]] = {}
    for part in PARTS:
        records = part.model._default_manager.filter(child=child)
        if part.user:
            records = records.select_related(f"{part.user}__team", f"{part.user}__agency")
        if part.register:
            records = records.select_related(part.register)
        ordered = sorted(records, key=lambda r: _order(part, r))
        exported[part.section] = [_record(part, r) for r in ordered]
    return exported
