"""`lantern seed` writes the risk records it builds; they pass the models' own checks, and the chronology gets an
entry for every screening and strategy discussion (rebuild derives them for the bulk-written rows)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

from chronology.models import ChronologyEntry
from risk.models import (
    DiscussionParticipant,
    RiskPlan,
    RiskPlanAction,
    Screening,
    ScreeningGrade,
    StrategyDiscussion,
)
from synthetic.generator import build_authority
from synthetic.tests.missing_built import AS_OF

CHILDREN, YEARS, SEED = 120, 4, 5


@pytest.fixture
def written(db: Any) -> Any:
    call_command(
        "seed",
        f"--children={CHILDREN}",
        f"--years={YEARS}",
        f"--seed={SEED}",
        f"--as-of={AS_OF}",
        "--no-progress",
        stdout=None,
    )
    return build_authority(children=CHILDREN, years=YEARS, seed=SEED, as_of=AS_OF)


@pytest.mark.django_db
def test_the_seed_writes_the_risk_records_with_their_chronology(written: Any) -> None:
    for model, rows in (
        (Screening, written.screenings),
        (ScreeningGrade, written.screening_grades),
        (RiskPlan, written.risk_plans),
        (RiskPlanAction, written.risk_actions),
        (StrategyDiscussion, written.discussions),
        (DiscussionParticipant, written.participants),
    ):
        assert rows, model
        assert set(model._default_manager.values_list("pk", flat=True)) == {r.id for r in rows}, model
        for record in model._default_manager.all():
            record.clean()
    stored = {s.pk: (s.level, s.referral_required) for s in Screening.objects.all()}
    assert stored == {s.id: (s.level, s.referral_required) for s in written.screenings}
    for source_type, rows in (
        ("riskscreening", written.screenings),
        ("strategydiscussion", written.discussions),
    ):
        entries = ChronologyEntry.objects.filter(source_type=source_type)
        assert set(entries.values_list("source_id", flat=True)) == {str(r.id) for r in rows}
    dissent = {str(d.id) for d in written.discussions if d.dissent_recorded}
    assert dissent
    for entry in ChronologyEntry.objects.filter(source_type="strategydiscussion"):
        assert ("Dissent recorded" in entry.what_happened) == (entry.source_id in dissent)
