"""The child's exploitation risk for partner systems: the summary the child's page shows, the screenings, the
strategy discussions and joint decisions with the police, and the risk plan's actions. The same access rule and
needs as the pages (risk/views.py): reading needs Need.VIEW, writing Need.SAFEGUARD (the allocated worker, the
manager, the coordinator with a grant); the plan's actions are read with Need.SAFEGUARD too. Every write goes
through risk/services.py, which checks and audits it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest
from ninja import Router, Status

from access.guards import Need, load_child
from lantern.api.auth import signed_in_user
from lantern.api.schemas import ERRORS, WRITE_ERRORS
from lantern.api.schemas_risk import (
    ActionPatch,
    DiscussionIn,
    DiscussionOut,
    GradeIn,
    RiskActionIn,
    RiskActionOut,
    RiskPlanIn,
    RiskPlanOut,
    RiskSummaryOut,
    ScreeningIn,
    ScreeningOut,
)
from lantern.api.serialise import worker_out
from risk import levels, selectors, services
from risk.indicators import indicators
from risk.models import RiskPlan, RiskPlanAction, Screening, StrategyDiscussion
from risk.services import GradeInput, ParticipantInput

router = Router(tags=["risk"])

_SCREENING_TEXT = ("judged_level", "judgement_reason", "analysis")
_DISCUSSION_TEXT = ("reason", "decisions", "outcome")


def _screening_out(screening: Screening) -> dict[str, Any]:
    return {
        **{name: getattr(screening, name) for name in _SCREENING_TEXT},
        "id": screening.pk,
        "version": screening.version,
        "screened_on": screening.screened_on,
        "review_on": screening.review_on,
        "indicated_level": screening.indicated_level,
        "level": screening.level,
        "level_reasons": [r for r in screening.level_reasons.splitlines() if r.strip()],
        "referral_required": screening.referral_required,
        "screened_by": worker_out(screening.screened_by),
        "recorded_at": screening.recorded_at,
        "grades": [
            {
                "indicator": g.indicator,
                "label": g.label,
                "group": g.group,
                "grade": g.grade,
                "evidence": g.evidence,
            }
            for g in screening.grades.all()
        ],
    }


def _discussion_out(discussion: StrategyDiscussion) -> dict[str, Any]:
    return {
        **{name: getattr(discussion, name) for name in _DISCUSSION_TEXT},
        "id": discussion.pk,
        "version": discussion.version,
        "kind": discussion.kind,
        "held_on": discussion.held_on,
        "review_on": discussion.review_on,
        "dissent_recorded": discussion.dissent_recorded,
        "escalation_requested": discussion.escalation_requested,
        "escalation_requested_by": worker_out(discussion.escalation_requested_by),
        "escalation_requested_at": discussion.escalation_requested_at,
        "participants": [
            {"name": p.name, "agency": p.agency, "role": p.role, "dissent": p.dissent}
            for p in discussion.participants.all()
        ],
    }


def _action_out(action: RiskPlanAction) -> dict[str, Any]:
    status = selectors.action_status(action)
    return {
        "id": action.pk,
        "version": action.version,
        "action": action.action,
        "owner": worker_out(action.owner),
        "owner_name": action.owner_name,
        "owner_agency": action.owner_agency,
        "owner_text": action.owner_text,
        "due_on": action.due_on,
        "done_on": action.done_on,
        "notes": action.notes,
        "status": status.text,
        "overdue": status.overdue,
        "created_at": action.created_at,
    }


def _renamed(error: ValidationError, names: dict[str, str]) -> ValidationError:
    """The service's error with its fields named as the request names them."""
    if not hasattr(error, "error_dict"):
        return error
    return ValidationError({names.get(field, field): errors for field, errors in error.error_dict.items()})


@router.get(
    "/{child_id}/risk",
    response={200: RiskSummaryOut, **ERRORS},
    summary="The child's exploitation risk: the latest screening's level and review date, and the plan's open "
    "and overdue actions",
)
def risk_summary(request: HttpRequest, child_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.VIEW)
    summary = selectors.risk_summary_of(access.child)
    if summary is None:
        return {
            "level": None,
            "label": "Not screened",
            "screened_on": None,
            "review_on": None,
            "review_overdue": False,
            "referral_required": False,
            "open_actions": 0,
            "overdue_actions": 0,
            "screening_id": None,
        }
    return {
        "level": summary.level,
        "label": summary.level_label,
        "screened_on": summary.screened_on,
        "review_on": summary.review_on,
        "review_overdue": summary.review_overdue,
        "referral_required": summary.referral_required,
        "open_actions": summary.open_actions,
        "overdue_actions": summary.overdue_actions,
        "screening_id": summary.screening_id,
    }


@router.get(
    "/{child_id}/risk-screenings",
    response={200: list[ScreeningOut], **ERRORS},
    summary="The child's exploitation and online-risk screenings with the grade of each indicator, latest first",
)
def list_screenings(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.VIEW)
    found = (
        selectors.screenings_of(access.child).select_related("screened_by__team").prefetch_related("grades")
    )
    return [_screening_out(s) for s in found]


def _grade_inputs(grades: Sequence[GradeIn]) -> list[GradeInput]:
    """Each grade with its indicator: every indicator of the screening graded, each once, as on the form."""
    known = {i.code: i for i in indicators()}
    errors: dict[str, list[str]] = {}
    found: dict[str, GradeInput] = {}
    for index, grade in enumerate(grades):
        indicator = known.get(grade.indicator)
        if indicator is None:
            errors[f"grades.{index}.indicator"] = [
                f"“{grade.indicator}” is not an indicator of the screening. The indicators are: {', '.join(known)}"
            ]
        elif grade.indicator in found:
            errors[f"grades.{index}.indicator"] = [f"“{grade.indicator}” is graded twice: grade it once"]
        else:
            found[grade.indicator] = GradeInput(
                indicator=indicator, grade=grade.grade, evidence=grade.evidence
            )
    if not errors and (left_out := [code for code in known if code not in found]):
        errors["grades"] = [f"Grade every indicator of the screening. Not graded: {', '.join(left_out)}"]
    if errors:
        raise ValidationError(errors)
    return sorted(found.values(), key=lambda g: g.indicator.position)


def _check_judgement(screening: Screening, grades: list[GradeInput]) -> None:
    """As the screening form checks it: professional judgement raises the level the indicators give, never lowers
    it."""
    if not screening.judged_level:
        return
    outcome = levels.overall_level(
        (levels.Graded(g.indicator.label, g.indicator.group, g.grade) for g in grades),
        age=levels.age_on(screening.child.person.date_of_birth, screening.screened_on),
    )
    if levels.rank(screening.judged_level) < levels.rank(outcome.indicated):
        raise ValidationError(
            {
                "judged_level": "Professional judgement can raise the level, not lower it: the indicators give "
                f"{outcome.indicated}"
            }
        )


@router.post(
    "/{child_id}/risk-screenings",
    response={201: ScreeningOut, **WRITE_ERRORS},
    summary="Record a screening: every indicator graded none, low, medium or high, with evidence above none. The "
    "overall level is worked out by Lantern's rule",
)
def create_screening(request: HttpRequest, child_id: UUID, payload: ScreeningIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    grades = _grade_inputs(payload.grades)
    screening = Screening(
        child=access.child,
        screened_on=payload.screened_on,
        review_on=payload.review_on,
        judged_level=payload.judged_level or "",
        judgement_reason=payload.judgement_reason,
        analysis=payload.analysis,
        screened_by=signed_in_user(request),
    )
    _check_judgement(screening, grades)
    paths = {f"evidence_{g.indicator}": f"grades.{i}.evidence" for i, g in enumerate(payload.grades)}
    try:
        services.screening_save(actor=request.user, screening=screening, grades=grades)
    except ValidationError as error:
        raise _renamed(error, paths) from error
    return Status(201, _screening_out(screening))


@router.get(
    "/{child_id}/strategy-discussions",
    response={200: list[DiscussionOut], **ERRORS},
    summary="Strategy discussions and joint decisions with the police: who took part, what was decided and any "
    "dissent, latest first",
)
def list_discussions(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.VIEW)
    found = selectors.discussions_of(access.child).select_related("escalation_requested_by__team")
    return [_discussion_out(d) for d in found]


@router.post(
    "/{child_id}/strategy-discussions",
    response={201: DiscussionOut, **WRITE_ERRORS},
    summary="Record a strategy discussion or joint decision with who took part and any dissent in their own "
    "words; an escalation may be asked for at once when there is dissent (noted on the decision: raise it with "
    "POST /children/{child_id}/escalations and its discussion_id)",
)
def create_discussion(request: HttpRequest, child_id: UUID, payload: DiscussionIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    discussion = StrategyDiscussion(
        child=access.child,
        kind=payload.kind,
        held_on=payload.held_on,
        reason=payload.reason,
        decisions=payload.decisions,
        outcome=payload.outcome or "",
        review_on=payload.review_on,
        recorded_by=signed_in_user(request),
    )
    people = [
        ParticipantInput(name=p.name, agency=p.agency, role=p.role, dissent=p.dissent)
        for p in payload.participants
    ]
    with transaction.atomic():  # the discussion and its escalation, or neither
        services.strategy_discussion_save(actor=request.user, discussion=discussion, participants=people)
        if payload.escalation_requested:
            try:
                discussion = services.strategy_discussion_escalate(actor=request.user, discussion=discussion)
            except ValidationError as error:
                raise ValidationError({"escalation_requested": error.messages}) from error
    return Status(201, _discussion_out(discussion))


@router.get(
    "/{child_id}/risk-plan-actions",
    response={200: list[RiskActionOut], **ERRORS},
    summary="The actions of the child's risk plan: open ones first by due date, then those done",
)
def list_actions(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    found = selectors.actions_of(access.child).select_related("owner__team")
    return [_action_out(a) for a in found]


@router.post(
    "/{child_id}/risk-plan-actions",
    response={201: RiskActionOut, **WRITE_ERRORS},
    summary="Add an action to the child's risk plan, owned by someone in the child's network or by someone named",
)
def create_action(request: HttpRequest, child_id: UUID, payload: RiskActionIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    owner = None
    if payload.owner_id is not None:
        owner = selectors.network_users(access.child).filter(pk=payload.owner_id).first()
        if owner is None:
            raise ValidationError(
                {
                    "owner_id": "Choose someone in the child's network: a worker allocated to the child, their "
                    "manager or a partner with access to the child; or give owner_name instead"
                }
            )
    action = RiskPlanAction(
        child=access.child,
        action=payload.action,
        owner=owner,
        owner_name=payload.owner_name,
        owner_agency=payload.owner_agency,
        due_on=payload.due_on,
        done_on=payload.done_on,
        notes=payload.notes,
        recorded_by=signed_in_user(request),
    )
    try:
        services.risk_action_save(actor=request.user, action=action)
    except ValidationError as error:
        raise _renamed(error, {"owner": "owner_id"}) from error
    return Status(201, _action_out(action))


@router.patch(
    "/{child_id}/risk-plan-actions/{action_id}",
    response={200: RiskActionOut, **WRITE_ERRORS},
    summary="Mark an action of the risk plan done (or reopen it), or record progress",
)
def update_action(
    request: HttpRequest, child_id: UUID, action_id: UUID, payload: ActionPatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    action = selectors.actions_of(access.child).filter(pk=action_id).first()
    if action is None:
        raise Http404
    changes = payload.dict(exclude_unset=True)
    version = changes.pop("version", None)
    if "done_on" in changes:
        action.done_on = changes["done_on"]
    if "notes" in changes:
        action.notes = changes["notes"] or ""
    services.risk_action_save(actor=request.user, action=action, expected_version=version)
    return _action_out(action)


def _plan_out(plan: RiskPlan, actions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": plan.pk,
        "version": plan.version,
        "agreed_on": plan.agreed_on,
        "review_on": plan.review_on,
        "concerns": plan.concerns,
        "child_view": plan.child_view,
        "recorded_by": worker_out(plan.recorded_by) if plan.recorded_by else None,
        "actions": actions,
    }


@router.get(
    "/{child_id}/risk-plan",
    response={200: RiskPlanOut | None, **ERRORS},
    summary="The child's risk plan with its actions; null when none has been written",
)
def get_risk_plan(request: HttpRequest, child_id: UUID) -> dict[str, Any] | None:
    access = load_child(request, child_id, need=Need.VIEW)
    plan = selectors.plan_of(access.child)
    if plan is None:
        return None
    return _plan_out(
        plan, [_action_out(a) for a in selectors.actions_of(access.child).select_related("owner__team")]
    )


@router.put(
    "/{child_id}/risk-plan",
    response={200: RiskPlanOut, **WRITE_ERRORS},
    summary="Write the child's risk plan, or change it (give the version you read)",
)
def put_risk_plan(request: HttpRequest, child_id: UUID, payload: RiskPlanIn) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    plan = selectors.plan_of(access.child)
    if plan is not None and payload.version is None:
        raise ValidationError(
            {"version": "The child has a risk plan: give the version you read to change it"}
        )
    if plan is None:
        plan = RiskPlan(child=access.child, recorded_by=signed_in_user(request))
    plan.agreed_on = payload.agreed_on
    plan.review_on = payload.review_on
    plan.concerns = payload.concerns
    plan.child_view = payload.child_view
    services.risk_plan_save(actor=request.user, plan=plan, expected_version=payload.version)
    return _plan_out(
        plan, [_action_out(a) for a in selectors.actions_of(access.child).select_related("owner__team")]
    )
