"""The risk records travel in the bundle: screenings with their grades, the risk plan and its actions, strategy
discussions with who took part and their dissent. Export, import into an empty database, export again gives the
same bytes; the levels are worked out again by the rule and agree; the screenings and discussions make their
chronology entries again (by their signals, and the discussion's brought up to date as the service does), with the
worker's analysis on them; the import writes one audit row and raises no alert."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from accounts.models import User
from alerts.models import Alert
from audit.models import AuditEvent
from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import_report
from bundles.tests.conftest import Family, wipe_records
from chronology.models import ChronologyEntry
from people.models import Child
from risk import services
from risk.models import Grade, Level, RiskPlan, RiskPlanAction, Screening, StrategyDiscussion
from risk.services import ParticipantInput
from risk.tests.factories import grades_all

D = datetime.date


def _risk_history(family: Family) -> None:
    """Through the services, as a worker records them: a high screening with a referral (aged 13, online contact
    graded high), a later one raised to medium on judgement, the plan, an action for Wendy and one done by the
    carer, and a joint decision the police dissented from, escalated."""
    child, wendy = family.child, User.objects.get(username="wendy")
    services.screening_save(
        actor=wendy,
        screening=Screening(
            child=child,
            screened_on=D(2024, 6, 1),
            review_on=D(2024, 9, 1),
            analysis="Robin said the man online is “just a friend”.",
            screened_by=wendy,
        ),
        grades=grades_all(online_contact=Grade.HIGH, missing=Grade.MEDIUM),
    )
    services.screening_save(
        actor=wendy,
        screening=Screening(
            child=child,
            screened_on=D(2025, 2, 1),
            review_on=D(2025, 5, 1),
            judged_level=Level.MEDIUM,
            judgement_reason="Seen with older peers at the bus station",
        ),
        grades=grades_all(school_absence=Grade.LOW),
    )
    services.risk_plan_save(
        actor=wendy,
        plan=RiskPlan(
            child=child,
            agreed_on=D(2024, 6, 3),
            review_on=D(2024, 9, 3),
            concerns="Online contact with an unknown adult",
            child_view="I don't want my phone taken",
            recorded_by=wendy,
        ),
    )
    for action in (
        RiskPlanAction(child=child, action="Safety work on apps", owner=wendy, due_on=D(2024, 7, 1)),
        RiskPlanAction(
            child=child,
            action="Phone handed in at night",
            owner_name="Pat Carer",
            owner_agency="Foster carer",
            due_on=D(2024, 6, 10),
            done_on=D(2024, 6, 4),
            notes="Agreed with Robin",
            recorded_by=wendy,
        ),
    ):
        services.risk_action_save(actor=wendy, action=action)
    discussion = services.strategy_discussion_save(
        actor=wendy,
        discussion=StrategyDiscussion(
            child=child,
            kind="joint_decision",
            held_on=D(2024, 6, 2),
            reason="High risk found by the screening",
            decisions="Support under the risk plan",
            outcome="risk_plan",
            review_on=D(2024, 7, 2),
            recorded_by=wendy,
        ),
        participants=[
            ParticipantInput(name="Wendy Worker", agency="Children’s social care", role="Social worker"),
            ParticipantInput(name="Pat Police", agency="Police", dissent="This needs a joint investigation."),
        ],
    )
    services.strategy_discussion_escalate(actor=wendy, discussion=discussion)
    ChronologyEntry.objects.filter(source_type="strategydiscussion").update(impact="Police view not followed")


@pytest.mark.django_db
def test_risk_records_round_trip(family: Family) -> None:
    _risk_history(family)
    entries_before = sorted(
        ChronologyEntry.objects.filter(source_type__in=["riskscreening", "strategydiscussion"]).values_list(
            "source_type", "source_id", "what_happened", "significance", "impact"
        )
    )
    first = bundle_dumps(bundle_export(child=Child.objects.get(pk=family.child.pk)))
    wipe_records()
    assert not Screening.objects.exists() and not StrategyDiscussion.objects.exists()
    audit_rows = AuditEvent.objects.count()

    report = bundle_import_report(data=json.loads(first))

    child = Child.objects.get(pk=report.child.pk)
    assert bundle_dumps(bundle_export(child=child)) == first
    bundle: dict[str, Any] = json.loads(first)
    high, judged = bundle["risk_screenings"]
    assert (high["level"], high["referral_required"], judged["indicated_level"], judged["level"]) == (
        "high",
        True,
        "low",
        "medium",
    )
    assert [g["indicator"] for g in high["grades"]][:2] == ["missing", "older_partner"]
    assert bundle["risk_plan"]["child_view"] == "I don't want my phone taken"
    assert [a["owner"] and a["owner"]["username"] for a in bundle["risk_actions"]] == [None, "wendy"]
    discussion = bundle["strategy_discussions"][0]
    assert discussion["escalation_requested"] and discussion["escalation_requested_by"]["username"] == "wendy"
    assert discussion["participants"][1]["dissent"] == "This needs a joint investigation."
    # Worked out again as the service works them out.
    stored = Screening.objects.get(pk=high["id"])
    assert stored.level_reasons.startswith("Aged 13, 13 or under")
    assert StrategyDiscussion.objects.get().dissent_recorded
    # The entries were made again, with the worker's analysis.
    entries_after = sorted(
        ChronologyEntry.objects.filter(source_type__in=["riskscreening", "strategydiscussion"]).values_list(
            "source_type", "source_id", "what_happened", "significance", "impact"
        )
    )
    assert entries_after == entries_before
    assert "Dissent recorded (Police). Escalation asked for." in entries_after[-1][2]
    # One audit row for the import, no alert.
    assert AuditEvent.objects.count() == audit_rows + 1
    assert not Alert.objects.exists()
    counts = {k: report.care_records[k] for k in ("risk_screenings", "risk_plan", "risk_actions")}
    assert counts == {"risk_screenings": 2, "risk_plan": 1, "risk_actions": 2}
    assert report.care_records["strategy_discussions"] == 1
