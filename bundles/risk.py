"""The child's exploitation risk records in a case bundle (risk/models.py): the screenings, each with the grade of
every indicator (`risk_screenings`), the child's risk plan (`risk_plan`, an object or null), its actions
(`risk_actions`) and the strategy discussions and joint decisions with the police, each with who took part and
their dissent in their own words (`strategy_discussions`). Export here; import by RiskWriter
(bundles/risk_writer.py), called by bundles/importer.py after the care records and before the story, so that the
chronology analysis finds the entries the screenings and discussions make for themselves.

A screening's levels (`indicated_level`, `level`, `referral_required`) are exported as Lantern worked them out; on
import they are worked out again by the same rule (risk/levels.py) and must agree. The reasons for the level and
whether a discussion has dissent are worked out again and not written (like the chronology entries)."""

from __future__ import annotations

from typing import Any

from bundles.plain import plain, worker
from people.models import Child
from risk.models import RiskPlan, RiskPlanAction, Screening, StrategyDiscussion

SCREENINGS, PLAN, ACTIONS, DISCUSSIONS = (
    "risk_screenings",
    "risk_plan",
    "risk_actions",
    "strategy_discussions",
)
SECTIONS = (SCREENINGS, PLAN, ACTIONS, DISCUSSIONS)

SCREENING_FIELDS = ("screened_on", "review_on", "judged_level", "judgement_reason", "analysis", "recorded_at")
LEVEL_FIELDS = (
    "indicated_level",
    "level",
    "referral_required",
)  # worked out on import, checked against these
GRADE_FIELDS = ("indicator", "label", "group", "grade", "evidence")
PLAN_FIELDS = ("agreed_on", "review_on", "concerns", "child_view")
ACTION_FIELDS = ("action", "owner_name", "owner_agency", "due_on", "done_on", "notes", "created_at")
DISCUSSION_FIELDS = (
    "kind",
    "held_on",
    "reason",
    "decisions",
    "outcome",
    "review_on",
    "escalation_requested",
    "escalation_requested_at",
)
PARTICIPANT_FIELDS = ("name", "agency", "role", "dissent")

DATES = frozenset({"screened_on", "review_on", "agreed_on", "due_on", "done_on", "held_on"})
MOMENTS = frozenset({"recorded_at", "created_at", "escalation_requested_at"})

_BY = ("team", "agency")


def _fields(instance: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: plain(getattr(instance, name)) for name in names}


def _screening(screening: Screening) -> dict[str, Any]:
    grades = sorted(screening.grades.all(), key=lambda g: (g.position, g.indicator))
    return {
        "id": str(screening.pk),
        **_fields(screening, SCREENING_FIELDS),
        **_fields(screening, LEVEL_FIELDS),
        "screened_by": worker(screening.screened_by),
        "grades": [{"id": str(g.pk), **_fields(g, GRADE_FIELDS)} for g in grades],
    }


def _plan(plan: RiskPlan | None) -> dict[str, Any] | None:
    if plan is None:
        return None
    return {"id": str(plan.pk), **_fields(plan, PLAN_FIELDS), "recorded_by": worker(plan.recorded_by)}


def _action(action: RiskPlanAction) -> dict[str, Any]:
    return {
        "id": str(action.pk),
        **_fields(action, ACTION_FIELDS),
        "owner": worker(action.owner),
        "recorded_by": worker(action.recorded_by),
    }


def _discussion(discussion: StrategyDiscussion) -> dict[str, Any]:
    participants = sorted(discussion.participants.all(), key=lambda p: (p.position, str(p.pk)))
    return {
        "id": str(discussion.pk),
        **_fields(discussion, DISCUSSION_FIELDS),
        "escalation_requested_by": worker(discussion.escalation_requested_by),
        "recorded_by": worker(discussion.recorded_by),
        "participants": [{"id": str(p.pk), **_fields(p, PARTICIPANT_FIELDS)} for p in participants],
    }


def risk_export(child: Child) -> dict[str, Any]:
    """The four risk parts: screenings by date then id, the plan or null, actions by due date then id,
    discussions by date then id; grades and participants in the order they were asked about or listed."""
    screenings = (
        Screening.objects.filter(child=child)
        .select_related(*(f"screened_by__{x}" for x in _BY))
        .prefetch_related("grades")
    )
    plan = RiskPlan.objects.filter(child=child).select_related(*(f"recorded_by__{x}" for x in _BY)).first()
    actions = RiskPlanAction.objects.filter(child=child).select_related(
        *(f"owner__{x}" for x in _BY), *(f"recorded_by__{x}" for x in _BY)
    )
    discussions = (
        StrategyDiscussion.objects.filter(child=child)
        .select_related(*(f"recorded_by__{x}" for x in _BY), *(f"escalation_requested_by__{x}" for x in _BY))
        .prefetch_related("participants")
    )
    return {
        SCREENINGS: [_screening(s) for s in sorted(screenings, key=lambda s: (s.screened_on, str(s.pk)))],
        PLAN: _plan(plan),
        ACTIONS: [_action(a) for a in sorted(actions, key=lambda a: (a.due_on, str(a.pk)))],
        DISCUSSIONS: [_discussion(d) for d in sorted(discussions, key=lambda d: (d.held_on, str(d.pk)))],
    }
