"""Fixtures shared by every app's tests. The personas are described in lantern/tests/personas.py."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from care.codes import PlacementProvider, PlacementType
from care.models import LegalStatusRecord, PeriodOfCare, Placement
from care.services import care_record_save
from casework.statutory_records import (
    LookedAfterReview,
    NotificationRecipient,
    Participation,
    PlacementNotification,
    Plan,
    PlanKind,
    Visit,
)
from education.models import PersonalEducationPlan
from health.models import HealthCheck, HealthCheckKind
from lantern.child_records import child_record_save
from lantern.tests.personas import Personas, make_personas
from missing.models import EpisodeKind, MissingEpisode, ReturnInterview
from missing.services import episode_save, return_interview_save


def _add_care_records(personas: Personas) -> None:
    """The persona child's care, written through the services as a worker would: looked after on a full care order
    since 10 January 2024 with foster carers, the GP told, a signed placement plan, a visit, a review, an initial
    health assessment and a PEP (one of each, so that every record page has a real id: lantern/tests/child_routes)."""
    child, wendy = personas.child, personas.wendy
    start = datetime.date(2024, 1, 10)
    care_record_save(actor=wendy, record=PeriodOfCare(child=child, start_date=start))
    care_record_save(actor=wendy, record=LegalStatusRecord(child=child, code="C2", start_date=start))
    placement = Placement(
        child=child,
        place=PlacementType.U4,
        provider=PlacementProvider.PR1,
        carer="Sam and Alex Carer",
        postcode="LN1 1AA",
        start_date=start,
    )
    care_record_save(actor=wendy, record=placement)
    records: list[tuple[Any, str]] = [
        (
            PlacementNotification(
                child=child,
                placement=placement,
                recipient=NotificationRecipient.GP,
                sent_on=datetime.date(2024, 1, 12),
            ),
            "sent_on",
        ),
        (
            Plan(
                child=child,
                kind=PlanKind.PLACEMENT_PLAN,
                placement=placement,
                made_on=start,
                carer_signed_on=datetime.date(2024, 1, 11),
            ),
            "made_on",
        ),
        (
            Visit(child=child, visited_on=datetime.date(2024, 2, 1), visitor=wendy, seen_alone=True),
            "visited_on",
        ),
        (
            LookedAfterReview(
                child=child, held_on=datetime.date(2024, 2, 5), participation=Participation.PN1
            ),
            "held_on",
        ),
        (
            HealthCheck(
                child=child,
                kind=HealthCheckKind.INITIAL,
                done_on=datetime.date(2024, 2, 1),
                practitioner="Dr Example",
                recorded_by=wendy,
            ),
            "done_on",
        ),
        (
            PersonalEducationPlan(
                child=child, held_on=datetime.date(2024, 3, 1), school="Example Primary", recorded_by=wendy
            ),
            "held_on",
        ),
    ]
    for record, date_field in records:
        child_record_save(actor=wendy, instance=record, date_field=date_field)
    _add_missing_episode(personas)
    child.refresh_from_db()


def _add_missing_episode(personas: Personas) -> None:
    """One overnight episode in March 2024, reported by the carer, and its return interview."""
    at = datetime.datetime(2024, 3, 8, 22, 30, tzinfo=datetime.UTC)
    episode = episode_save(
        actor=personas.carl,
        episode=MissingEpisode(
            child=personas.child,
            kind=EpisodeKind.MISSING,
            started_at=at,
            ended_at=at + datetime.timedelta(hours=9),
            reported_by="Sam Carer, foster carer",
            found_where="Bus station",
            recorded_by=personas.carl,
        ),
    )
    return_interview_save(
        actor=personas.rita,
        interview=ReturnInterview(
            child=personas.child,
            episode=episode,
            offered_at=at + datetime.timedelta(hours=30),
            response="accepted",
            done_on=datetime.date(2024, 3, 11),
            done_by="Rita Return",
            recorded_by=personas.rita,
        ),
    )


@pytest.fixture
def personas(db: Any) -> Personas:
    personas = make_personas()
    _add_care_records(personas)
    return personas
