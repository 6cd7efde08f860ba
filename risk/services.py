"""Writes of the risk records: keyword-only, one transaction each, audited in it (audit.recording).

A screening and a strategy discussion are saved with their rows (grades; participants) in one step, under the
parent's version: a change made by someone else since the form was opened, to the parent or to any of its rows,
is refused with EditConflict and nothing is written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from audit.diff import changes, snapshot
from audit.recording import EditConflict, delete_audited, save_audited
from chronology.sources import sync
from lantern.child_records import check_dated
from risk.indicators import Indicator
from risk.levels import Graded, age_on, overall_level
from risk.models import (
    DiscussionParticipant,
    Grade,
    RiskPlan,
    RiskPlanAction,
    Screening,
    ScreeningGrade,
    StrategyDiscussion,
)

_NOT_COMPARED = frozenset({"version"})


@dataclass(frozen=True)
class GradeInput:
    indicator: Indicator
    grade: str
    evidence: str = ""


@dataclass(frozen=True)
class ParticipantInput:
    name: str
    agency: str
    role: str = ""
    dissent: str = ""
    participant_id: UUID | None = None  # an existing participant of the discussion
    remove: bool = False


def _check_version(instance: Any, expected_version: int | None, attempted: dict[str, list[Any]]) -> Any:
    """Lock the stored record and refuse the change when it is not the version the user opened."""
    model = type(instance)
    current = model._default_manager.select_for_update().get(pk=instance.pk)
    expected = expected_version if expected_version is not None else getattr(instance, "version", None)
    if current.version != expected:
        changed = {
            k: v for k, v in changes(snapshot(current), snapshot(instance)).items() if k not in _NOT_COMPARED
        }
        raise EditConflict(instance=current, child_id=instance.child_id, attempted={**changed, **attempted})
    return current


def _bump(instance: Any, current: Any) -> None:
    """A change only to the rows of a record still makes a new version of the record."""
    if instance.version == current.version:
        instance.version = current.version + 1
        type(instance)._default_manager.filter(pk=instance.pk).update(version=instance.version)


def _grade_errors(grades: Sequence[GradeInput]) -> dict[str, str]:
    return {
        f"evidence_{g.indicator.code}": f"Give the evidence for grading “{g.indicator.label}” as {g.grade}"
        for g in grades
        if g.grade != Grade.NONE and not g.evidence.strip()
    }


@transaction.atomic
def screening_save(
    *, actor: Any, screening: Screening, grades: Sequence[GradeInput], expected_version: int | None = None
) -> Screening:
    """Save a screening with the grade of each indicator. The overall level is worked out here by the rule
    (risk/levels.py) from the grades, the child's age on the day and any level raised on professional judgement."""
    child = screening.child
    check_dated(child=child, field="screened_on", day=screening.screened_on)
    if errors := _grade_errors(grades):
        raise ValidationError(errors)
    existing = {} if screening._state.adding else {g.indicator: g for g in screening.grades.all()}
    current = None
    if not screening._state.adding:
        attempted = {
            f"grade {g.indicator.code}": [getattr(existing.get(g.indicator.code), "grade", None), g.grade]
            for g in grades
            if getattr(existing.get(g.indicator.code), "grade", None) != g.grade
        }
        current = _check_version(screening, expected_version, attempted)
    outcome = overall_level(
        (Graded(g.indicator.label, g.indicator.group, g.grade) for g in grades),
        age=age_on(child.person.date_of_birth, screening.screened_on),
        judged=screening.judged_level,
    )
    screening.indicated_level = outcome.indicated
    screening.level = outcome.level
    screening.level_reasons = "\n".join(outcome.reasons)
    screening.referral_required = outcome.referral
    save_audited(
        actor=actor,
        instance=screening,
        child_id=child.pk,
        expected_version=current.version if current is not None else None,
    )
    rows_changed = False
    for g in grades:
        row = existing.get(g.indicator.code) or ScreeningGrade(
            screening=screening, indicator=g.indicator.code
        )
        before = None if row._state.adding else snapshot(row)
        row.label, row.group, row.position = g.indicator.label, g.indicator.group, g.indicator.position
        row.grade, row.evidence = g.grade, g.evidence
        if before is None or changes(before, snapshot(row)):
            save_audited(actor=actor, instance=row, child_id=child.pk)
            rows_changed = True
    if current is not None and rows_changed:
        _bump(screening, current)
    return screening


@transaction.atomic
def screening_delete(*, actor: Any, screening: Screening, reason: str) -> None:
    for row in screening.grades.all():
        delete_audited(actor=actor, instance=row, child_id=screening.child_id, reason=reason)
    delete_audited(actor=actor, instance=screening, child_id=screening.child_id, reason=reason)


@transaction.atomic
def risk_plan_save(*, actor: Any, plan: RiskPlan, expected_version: int | None = None) -> RiskPlan:
    check_dated(child=plan.child, field="agreed_on", day=plan.agreed_on)
    return save_audited(actor=actor, instance=plan, child_id=plan.child_id, expected_version=expected_version)


@transaction.atomic
def risk_action_save(
    *, actor: Any, action: RiskPlanAction, expected_version: int | None = None
) -> RiskPlanAction:
    check_dated(child=action.child, field="done_on", day=action.done_on)
    return save_audited(
        actor=actor, instance=action, child_id=action.child_id, expected_version=expected_version
    )


@transaction.atomic
def risk_action_delete(*, actor: Any, action: RiskPlanAction, reason: str) -> None:
    delete_audited(actor=actor, instance=action, child_id=action.child_id, reason=reason)


def _participant_errors(participants: Sequence[ParticipantInput], existing: dict[UUID, Any]) -> None:
    for p in participants:
        if p.participant_id is not None and p.participant_id not in existing:
            raise ValidationError("Someone else changed who took part; open the discussion again")
    if not [p for p in participants if not p.remove]:
        raise ValidationError({"participants": "Give who took part, and for which agency"})
    for p in participants:
        row = existing.get(p.participant_id) if p.participant_id else None
        if row is not None and row.dissent.strip() and (p.remove or p.dissent.strip() != row.dissent.strip()):
            # Dissent is the record of a disagreement between agencies (Child R, learning point 11): once saved it
            # stays as it was said; a correction is added as a note on the discussion.
            raise ValidationError(
                {
                    "participants": f"The dissent of {row.name} is kept as it was recorded: it cannot be changed or removed"
                }
            )


@transaction.atomic
def strategy_discussion_save(
    *,
    actor: Any,
    discussion: StrategyDiscussion,
    participants: Sequence[ParticipantInput],
    expected_version: int | None = None,
) -> StrategyDiscussion:
    """Save a discussion with who took part. Dissent is whatever a participant said against the decision, kept in
    their own words; the discussion notes that there is some, so that the page offers an escalation at once."""
    check_dated(child=discussion.child, field="held_on", day=discussion.held_on)
    existing = {} if discussion._state.adding else {p.pk: p for p in discussion.participants.all()}
    _participant_errors(participants, existing)
    current = None
    if not discussion._state.adding:
        attempted = {
            f"participant {p.name}": [None, f"{p.agency}: {p.dissent}" if p.dissent else p.agency]
            for p in participants
            if not p.remove
        }
        current = _check_version(discussion, expected_version, attempted)
    kept = [p for p in participants if not p.remove]
    discussion.dissent_recorded = any(p.dissent.strip() for p in kept)
    save_audited(
        actor=actor,
        instance=discussion,
        child_id=discussion.child_id,
        expected_version=current.version if current is not None else None,
    )
    rows_changed = False
    for p in participants:
        row = existing.get(p.participant_id) if p.participant_id else None
        if p.remove:
            if row is not None:
                delete_audited(
                    actor=actor, instance=row, child_id=discussion.child_id, reason="removed from the list"
                )
                rows_changed = True
            continue
        row = row or DiscussionParticipant(discussion=discussion)
        before = None if row._state.adding else snapshot(row)
        row.name, row.agency, row.role, row.dissent = p.name, p.agency, p.role, p.dissent
        row.position = kept.index(p)
        if before is None or changes(before, snapshot(row)):
            save_audited(actor=actor, instance=row, child_id=discussion.child_id)
            rows_changed = True
    if current is not None and rows_changed:
        _bump(discussion, current)
    sync(discussion)  # the chronology names the agencies and the dissent, known only once the rows are saved
    return discussion


@transaction.atomic
def strategy_discussion_escalate(*, actor: Any, discussion: StrategyDiscussion) -> StrategyDiscussion:
    """Note on a decision with dissent that an escalation was asked for, with who asked and when. Raising an
    escalation from the decision (escalation.services.escalation_raise with `discussion`) calls this in the same
    transaction; the first ask is kept when the decision is escalated again."""
    discussion = StrategyDiscussion.objects.select_for_update().get(pk=discussion.pk)
    if not discussion.dissent_recorded:
        raise ValidationError("There is no dissent recorded on this decision to escalate")
    if discussion.escalation_requested:
        return discussion
    discussion.escalation_requested = True
    discussion.escalation_requested_by = actor
    discussion.escalation_requested_at = timezone.now()
    return save_audited(
        actor=actor,
        instance=discussion,
        child_id=discussion.child_id,
        reason="escalation raised through the escalation procedure",
    )


def discussion_delete_refusal(discussion: StrategyDiscussion) -> str:
    if discussion.dissent_recorded or discussion.escalation_requested:
        return (
            "This decision has dissent recorded, so it cannot be deleted: the dissenter’s words are kept. "
            "Change the record to correct it."
        )
    return ""


@transaction.atomic
def strategy_discussion_delete(*, actor: Any, discussion: StrategyDiscussion, reason: str) -> None:
    if refusal := discussion_delete_refusal(discussion):
        raise ValidationError(refusal)
    for row in discussion.participants.all():
        delete_audited(actor=actor, instance=row, child_id=discussion.child_id, reason=reason)
    delete_audited(actor=actor, instance=discussion, child_id=discussion.child_id, reason=reason)
