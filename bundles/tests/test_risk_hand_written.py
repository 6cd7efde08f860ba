"""A hand-written bundle with risk records imports: a grade without its label and group takes them from the
indicators file, the level is worked out by the rule, the action's owner is the worker named (created inactive, as
for any worker), and the escalation keeps who asked and when."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from bundles.importer import bundle_import
from bundles.tests.conftest import DISCUSSION_ID, SCREENING_ID, with_risk
from chronology.models import ChronologyEntry
from risk.indicators import indicators
from risk.models import RiskPlan, RiskPlanAction, Screening, StrategyDiscussion


@pytest.mark.django_db
def test_a_hand_written_bundle_with_risk_records_imports(bundle: dict[str, Any]) -> None:
    child = bundle_import(data=with_risk(bundle))

    screening = Screening.objects.get(pk=SCREENING_ID)
    assert (screening.child, screening.indicated_level, screening.level) == (child, "medium", "medium")
    assert screening.screened_by is not None and screening.screened_by.username == "newworker"
    assert not screening.referral_required
    missing = next(i for i in indicators() if i.code == "missing")
    assert [(g.indicator, g.label, g.group, g.position) for g in screening.grades.all()] == [
        ("missing", missing.label, "significant", 0),
        (
            "school_absence",
            next(i.label for i in indicators() if i.code == "school_absence"),
            "additional",
            1,
        ),
    ]
    assert RiskPlan.objects.get(child=child).concerns == "Going missing to meet older peers in town"
    owners = [(a.owner and a.owner.username, a.owner_name) for a in RiskPlanAction.objects.order_by("due_on")]
    assert owners == [(None, "Pat Carer"), ("newworker", "")]
    discussion = StrategyDiscussion.objects.get(pk=DISCUSSION_ID)
    assert discussion.dissent_recorded and discussion.escalation_requested
    assert discussion.escalation_requested_at == datetime.datetime(2024, 5, 3, 15, 0, tzinfo=datetime.UTC)
    assert [p.name for p in discussion.participants.all()] == ["Nia New", "Pat Police"]
    entry = ChronologyEntry.objects.get(source_type="strategydiscussion", source_id=DISCUSSION_ID)
    assert entry.agency == "Children's social care, Police" and entry.significance == "critical"
    assert ChronologyEntry.objects.filter(source_type="riskscreening", source_id=SCREENING_ID).exists()
