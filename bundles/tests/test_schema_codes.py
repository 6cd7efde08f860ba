"""The schema's code lists are the model's: a code added to people/codes.py, care/codes.py or a model (missing/models.py
and risk/models.py too) must be added there too; and a record that makes its own chronology entry must be one the
schema's analysis can name."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import models

from accounts.roles import Role
from bundles.validation import bundle_schema
from care.codes import CareEndReason, CategoryOfNeed, PlacementChangeReason, PlacementProvider, PlacementType
from casework.models import AllocationRole, WorkerChangeReason
from casework.statutory_records import NotificationRecipient, Participation, PlanKind, VisitPlace
from chronology.sources import registered
from health.models import HealthCheckKind, SdqReason
from missing.models import EpisodeKind, InterviewResponse, PoliceRisk
from people.codes import Ethnicity, LegalStatus, NameKind, Sex, UpnUnknown
from people.models import RelationshipType
from risk.models import DiscussionKind, DiscussionOutcome, Grade, IndicatorGroup, Level


def _enum(definition: str, field: str) -> list[str]:
    schema: dict[str, Any] = bundle_schema()["$defs"][definition]["properties"][field]
    return [code for code in schema["enum"] if code != ""]


@pytest.mark.parametrize(
    ("definition", "field", "choices"),
    [
        ("person", "sex", Sex),
        ("person", "ethnicity", Ethnicity),
        ("otherName", "kind", NameKind),
        ("child", "legal_status", LegalStatus),
        ("child", "upn_unknown", UpnUnknown),
        ("relationship", "kind", RelationshipType),
        ("allocation", "role", AllocationRole),
        ("allocation", "end_reason", WorkerChangeReason),
        ("worker", "role", Role),
        ("periodOfCare", "category_of_need", CategoryOfNeed),
        ("periodOfCare", "end_reason", CareEndReason),
        ("legalStatus", "code", LegalStatus),
        ("placement", "place", PlacementType),
        ("placement", "provider", PlacementProvider),
        ("placement", "change_reason", PlacementChangeReason),
        ("plan", "kind", PlanKind),
        ("placementNotification", "recipient", NotificationRecipient),
        ("visit", "where", VisitPlace),
        ("lookedAfterReview", "participation", Participation),
        ("healthCheck", "kind", HealthCheckKind),
        ("healthCheck", "sdq_reason", SdqReason),
        ("missingEpisode", "kind", EpisodeKind),
        ("missingEpisode", "police_risk", PoliceRisk),
        ("returnInterview", "response", InterviewResponse),
        ("riskScreening", "judged_level", Level),
        ("riskScreening", "indicated_level", Level),
        ("riskScreening", "level", Level),
        ("screeningGrade", "grade", Grade),
        ("screeningGrade", "group", IndicatorGroup),
        ("strategyDiscussion", "kind", DiscussionKind),
        ("strategyDiscussion", "outcome", DiscussionOutcome),
    ],
)
def test_schema_enum_matches_the_code_list(
    definition: str, field: str, choices: type[models.TextChoices]
) -> None:
    assert _enum(definition, field) == [str(value) for value in choices.values]


def test_the_analysis_can_name_every_record_that_makes_a_chronology_entry() -> None:
    """An export lists the analysis on every derived entry; a source type missing here would make it invalid."""
    assert set(_enum("chronologyAnalysis", "source_type")) == {s.source_type for s in registered()}
