"""`lantern seed` writes the care history as built, the records pass the models' own checks and the care services'
entry checks, and the chronology gets entries for them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.management import call_command
from django.db import models

from care.models import LegalStatusRecord, PeriodOfCare, Placement
from care.services import check_no_overlap, check_within_care, sync_child_summary
from casework.models import Allocation, AllocationRole, LookedAfterReview, PlacementNotification, Plan, Visit
from chronology.models import ChronologyEntry
from duties.loading import facts_for
from education.models import PersonalEducationPlan
from health.models import HealthCheck
from people.models import Child
from synthetic.generator import build_authority

AS_OF = date(2026, 3, 31)


@pytest.fixture
def written(db: Any) -> Any:
    call_command(
        "seed", "--children=40", "--years=3", "--seed=6", f"--as-of={AS_OF}", "--no-progress", stdout=None
    )
    return build_authority(children=40, years=3, seed=6, as_of=AS_OF)


@pytest.mark.django_db
def test_the_seed_writes_the_care_history_it_builds(written: Any) -> None:
    for model, rows in (
        (PeriodOfCare, written.periods_of_care),
        (LegalStatusRecord, written.legal_statuses),
        (Placement, written.placements),
        (Visit, written.visits),
        (LookedAfterReview, written.reviews),
        (Plan, written.plans),
        (PlacementNotification, written.notifications),
        (HealthCheck, written.health_checks),
        (PersonalEducationPlan, written.peps),
    ):
        assert rows, model
        assert set(model._default_manager.values_list("pk", flat=True)) == {r.id for r in rows}, model
    visitors = dict(Visit.objects.values_list("pk", "visitor__username"))
    assert visitors == {v.id: v.visitor or None for v in written.visits}
    chairs = dict(LookedAfterReview.objects.values_list("pk", "iro__username"))
    assert chairs == {r.id: r.iro or None for r in written.reviews}
    assert Allocation.objects.filter(role=AllocationRole.PERSONAL_ADVISER).count() == sum(
        1 for x in written.allocations if x.role == AllocationRole.PERSONAL_ADVISER
    )


@pytest.mark.django_db
def test_the_chronology_gets_entries_for_the_care_history(written: Any) -> None:
    for source_type, model in (
        ("placement", Placement),
        ("periodofcare", PeriodOfCare),
        ("legalstatus", LegalStatusRecord),
        ("visit", Visit),
        ("review", LookedAfterReview),
        ("healthcheck", HealthCheck),
        ("pep", PersonalEducationPlan),
    ):
        entries = set(
            ChronologyEntry.objects.filter(source_type=source_type).values_list("source_id", flat=True)
        )
        assert entries == {str(pk) for pk in model._default_manager.values_list("pk", flat=True)}, source_type
    first = Placement.objects.order_by("start_date").first()
    assert first is not None
    entry = ChronologyEntry.objects.get(source_type="placement", source_id=str(first.pk))
    assert entry.child_id == first.child_id and first.carer in entry.what_happened


@pytest.mark.django_db
def test_the_records_pass_the_models_and_the_care_services_checks(written: Any) -> None:
    relations = ["child", "visitor", "iro", "placement", "recorded_by"]
    for model in (PeriodOfCare, LegalStatusRecord, Placement, Visit, LookedAfterReview, Plan, HealthCheck):
        manager: models.Manager[Any] = model._default_manager
        for record in manager.select_related(*[f for f in ("placement",) if model is Plan]):
            record.clean_fields(exclude=relations)
            record.clean()
    for period in PeriodOfCare.objects.all():
        check_no_overlap(period)
    records: list[LegalStatusRecord | Placement] = [
        *LegalStatusRecord.objects.all(),
        *Placement.objects.all(),
    ]
    for record in records:
        check_no_overlap(record)  # both ends inclusive: each record ends the day before the next starts
        check_within_care(record)
    for child in Child.objects.all():
        seeded = (child.legal_status, child.legal_status_since, child.looked_after_since)
        sync_child_summary(child)  # the summary the care records give: the seed's, unchanged
        assert (child.legal_status, child.legal_status_since, child.looked_after_since) == seeded


@pytest.mark.django_db
def test_the_duty_rules_read_every_child_in_care(written: Any) -> None:
    facts = facts_for()
    assert {f.child_id for f in facts} == {str(pk) for pk in Child.objects.values_list("pk", flat=True)}
    assert all(
        f.placements and f.visits and f.reviews for f in facts if f.periods[-1].start < date(2026, 1, 1)
    )
