from __future__ import annotations

import datetime
from typing import Any

import factory

from people.tests.factories import ChildFactory
from risk import services
from risk.indicators import indicators
from risk.models import (
    DiscussionParticipant,
    Grade,
    Level,
    RiskPlan,
    RiskPlanAction,
    Screening,
    ScreeningGrade,
    StrategyDiscussion,
)
from risk.services import GradeInput, ParticipantInput


class ScreeningFactory(factory.django.DjangoModelFactory):
    """A screening written straight to the table (no grades, the level as given): for the alert rules."""

    class Meta:
        model = Screening

    child = factory.SubFactory(ChildFactory)
    screened_on = datetime.date(2026, 10, 1)
    review_on = factory.LazyAttribute(lambda o: o.screened_on + datetime.timedelta(days=90))
    indicated_level = factory.SelfAttribute("level")
    level = Level.LOW
    level_reasons = "No indicator found"


class ScreeningGradeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScreeningGrade

    screening = factory.SubFactory(ScreeningFactory)
    indicator = "missing"
    label = "Going missing or away from placement"
    group = "significant"
    grade = Grade.NONE


class RiskPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RiskPlan

    child = factory.SubFactory(ChildFactory)
    agreed_on = datetime.date(2026, 10, 2)
    review_on = datetime.date(2027, 1, 2)
    concerns = "Contact with unknown adults online"


class RiskPlanActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RiskPlanAction

    child = factory.SubFactory(ChildFactory)
    action = "Talk with Robin about staying safe online"
    owner_name = "Sam Carer"
    owner_agency = "Foster carer"
    due_on = datetime.date(2026, 12, 1)
    created_at = factory.LazyFunction(lambda: datetime.datetime(2026, 10, 2, 10, 0, tzinfo=datetime.UTC))


class StrategyDiscussionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StrategyDiscussion

    child = factory.SubFactory(ChildFactory)
    held_on = datetime.date(2026, 10, 5)
    reason = "High risk found by the screening"
    decisions = "Joint visit by the police and the social worker"


class DiscussionParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DiscussionParticipant

    discussion = factory.SubFactory(StrategyDiscussionFactory)
    name = "Pat Police"
    agency = "Police"


def grades_all(grade: str = Grade.NONE, **overrides: str) -> list[GradeInput]:
    """Every configured indicator at `grade`, with some set otherwise (code=grade), evidence where needed."""
    found = []
    for indicator in indicators():
        chosen = overrides.get(indicator.code, grade)
        evidence = "" if chosen == Grade.NONE else f"Seen by the carer: {indicator.label.lower()}"
        found.append(GradeInput(indicator=indicator, grade=chosen, evidence=evidence))
    return found


def add_risk_records(*, child: Any, actor: Any) -> None:
    """One of each risk record for a child, written through the services as a worker would (for the access
    matrix: lantern/tests/child_routes). Nothing here raises an alert: the screening is low with its review to
    come, the action is due in the future and the discussion has no dissent."""
    screening = Screening(
        child=child,
        screened_on=datetime.date(2026, 10, 1),
        review_on=datetime.date(2099, 1, 1),
        screened_by=actor,
    )
    services.screening_save(actor=actor, screening=screening, grades=grades_all(school_absence=Grade.LOW))
    plan = RiskPlan(
        child=child,
        agreed_on=datetime.date(2026, 10, 2),
        review_on=datetime.date(2099, 1, 2),
        concerns="Missing school with older peers",
        recorded_by=actor,
    )
    services.risk_plan_save(actor=actor, plan=plan)
    action = RiskPlanAction(
        child=child,
        action="Check school attendance each week",
        owner=actor,
        due_on=datetime.date(2099, 1, 1),
        recorded_by=actor,
    )
    services.risk_action_save(actor=actor, action=action)
    discussion = StrategyDiscussion(
        child=child,
        held_on=datetime.date(2026, 10, 5),
        reason="Screening found school absence with older peers",
        decisions="Single-agency support under the risk plan",
        recorded_by=actor,
    )
    services.strategy_discussion_save(
        actor=actor,
        discussion=discussion,
        participants=[
            ParticipantInput(name="Wendy Worker", agency="Children’s social care"),
            ParticipantInput(name="Pat Police", agency="Police"),
        ],
    )


def screening_form_data(
    screened_on: str = "3/11/2026", review_on: str = "3/2/2027", *, grade: str = Grade.NONE, **overrides: str
) -> dict[str, str]:
    """What the screening form posts: every indicator at `grade` with evidence where needed, some otherwise
    (code=grade), and any other field of the form (name=value)."""
    codes = {i.code for i in indicators()}
    data = {"screened_on": screened_on, "review_on": review_on, "judged_level": "", "judgement_reason": ""}
    data.update({k: v for k, v in overrides.items() if k not in codes})
    for item in grades_all(grade, **{k: v for k, v in overrides.items() if k in codes}):
        data[f"grade_{item.indicator.code}"] = item.grade
        data[f"evidence_{item.indicator.code}"] = item.evidence
    return data
