"""Writes of escalations: keyword-only, one transaction each, audited in it (audit.recording).

An escalation is raised at stage 1 with its time limit (escalation/stages.py, limits from escalation/config.py); each
later step (a response, a move to the next stage, the resolution or the withdrawal) is added as an EscalationStep,
never changed or deleted. A closed escalation takes no more steps. Who may act is the access rule's (Need.CONTRIBUTE,
checked by the pages and the API); withdrawing is only for the one who raised it or their manager."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from access.guards import may_list_children
from access.selectors import may_see
from audit.recording import save_audited
from escalation.config import stage_days
from escalation.models import Escalation, EscalationStep, Stage, Status, StepKind
from escalation.stages import has_next_stage, stage_due_on
from lantern.child_records import check_dated


def agency_of(user: Any) -> str:
    """The agency a user acts for: their agency's name, else their role (a user with no agency recorded)."""
    agency = getattr(user, "agency", None)
    return agency.name if agency is not None else user.get_role_display()


def may_withdraw(user: Any, escalation: Escalation) -> bool:
    """Only the one who raised it, or their manager, withdraws an escalation."""
    raiser = escalation.raised_by
    team = getattr(raiser, "team", None)
    return user.pk == raiser.pk or (team is not None and team.manager_id == user.pk)


def _step(
    *, actor: Any, escalation: Escalation, kind: str, day: date, text: str, due_on: date | None = None
) -> EscalationStep:
    step = EscalationStep(
        escalation=escalation,
        kind=kind,
        stage=escalation.stage,
        taken_on=day,
        by=actor,
        agency=agency_of(actor)[:200],
        text=text,
        due_on=due_on,
    )
    return save_audited(actor=actor, instance=step, child_id=escalation.child_id)


def _open_for_step(
    escalation: Escalation, day: date, text: str, *, text_field: str, missing: str
) -> Escalation:
    """The escalation locked for a new step, refused when closed, when the date is wrong or the text is empty."""
    current = Escalation.objects.select_for_update().select_related("child__person").get(pk=escalation.pk)
    if not current.is_open:
        raise ValidationError(
            f"This escalation was {current.get_status_display().lower()} on {current.closed_on:%d %b %Y}: "
            "it takes no more steps"
        )
    check_dated(child=current.child, field="taken_on", day=day)
    last = current.steps.aggregate(last=Max("taken_on"))["last"]
    if last is not None and day < last:
        raise ValidationError({"taken_on": f"The date cannot be before the last step ({last:%d/%m/%Y})"})
    if not text.strip():
        raise ValidationError({text_field: missing})
    return current


@transaction.atomic
def escalation_raise(*, actor: Any, escalation: Escalation, on: date | None = None) -> Escalation:
    """Raise a concern about another agency at stage 1, with its time limit. Raised from a joint decision with
    dissent (`discussion`), the discussion records that an escalation was asked for, in the same transaction."""
    day = on or timezone.localdate()
    check_dated(child=escalation.child, field="raised_on", day=day)
    if escalation.concerning_user_id is not None and escalation.concerning_user_id == actor.pk:
        raise ValidationError({"concerning_user": "Name someone on the other side, not yourself"})
    if escalation.concerning_user is not None and not (
        may_see(escalation.concerning_user, escalation.child_id)
        and may_list_children(escalation.concerning_user)
    ):
        raise ValidationError(
            {
                "concerning_user": "That person cannot see this child's record: leave it blank and name their agency"
            }
        )
    discussion = escalation.discussion
    if discussion is not None and discussion.child_id != escalation.child_id:
        raise ValidationError({"discussion": "That joint decision is about another child"})
    escalation.raised_on = day
    escalation.raised_by = actor
    escalation.raised_by_agency = agency_of(actor)[:200]
    escalation.stage = Stage.PRACTITIONERS
    escalation.stage_started_on = day
    escalation.stage_due_on = stage_due_on(day, Stage.PRACTITIONERS, stage_days())
    escalation.status = Status.OPEN
    save_audited(actor=actor, instance=escalation, child_id=escalation.child_id, reason="escalation raised")
    if discussion is not None:
        from risk.services import strategy_discussion_escalate

        strategy_discussion_escalate(actor=actor, discussion=discussion)
    _step(
        actor=actor,
        escalation=escalation,
        kind=StepKind.RAISED,
        day=day,
        text=escalation.concern,
        due_on=escalation.stage_due_on,
    )
    return escalation


@transaction.atomic
def escalation_respond(
    *, actor: Any, escalation: Escalation, text: str, on: date | None = None
) -> EscalationStep:
    day = on or timezone.localdate()
    current = _open_for_step(escalation, day, text, text_field="text", missing="Enter the response")
    return _step(actor=actor, escalation=current, kind=StepKind.RESPONSE, day=day, text=text.strip())


@transaction.atomic
def escalation_next_stage(
    *, actor: Any, escalation: Escalation, why: str, on: date | None = None
) -> Escalation:
    """Move the escalation on to the next stage, which starts on the day with its own time limit."""
    day = on or timezone.localdate()
    current = _open_for_step(
        escalation, day, why, text_field="why", missing="Say why it moves to the next stage"
    )
    if not has_next_stage(current.stage):
        raise ValidationError(
            {"why": "This escalation is at its last stage: it can only be resolved or withdrawn"}
        )
    current.stage = current.stage + 1
    current.stage_started_on = day
    current.stage_due_on = stage_due_on(day, current.stage, stage_days())
    save_audited(
        actor=actor, instance=current, child_id=current.child_id, reason=f"moved to stage {current.stage}"
    )
    _step(
        actor=actor,
        escalation=current,
        kind=StepKind.NEXT_STAGE,
        day=day,
        text=why.strip(),
        due_on=current.stage_due_on,
    )
    _refresh(escalation, current)
    return current


def _close(
    *, actor: Any, current: Escalation, status: str, day: date, resolution: str, kind: str
) -> Escalation:
    current.status = status
    current.closed_on = day
    current.resolution = resolution
    save_audited(
        actor=actor,
        instance=current,
        child_id=current.child_id,
        reason=f"escalation {current.get_status_display().lower()}",
    )
    _step(actor=actor, escalation=current, kind=kind, day=day, text=resolution)
    return current


def _refresh(stale: Escalation, current: Escalation) -> None:
    """The caller's object shows what was written."""
    for field in (
        "stage",
        "stage_started_on",
        "stage_due_on",
        "status",
        "closed_on",
        "resolution",
        "version",
    ):
        setattr(stale, field, getattr(current, field))


@transaction.atomic
def escalation_resolve(
    *, actor: Any, escalation: Escalation, resolution: str, on: date | None = None
) -> Escalation:
    """Either side records how it was resolved; the escalation closes."""
    day = on or timezone.localdate()
    current = _open_for_step(
        escalation, day, resolution, text_field="resolution", missing="Say how it was resolved"
    )
    _close(
        actor=actor,
        current=current,
        status=Status.RESOLVED,
        day=day,
        resolution=resolution.strip(),
        kind=StepKind.RESOLVED,
    )
    _refresh(escalation, current)
    return current


@transaction.atomic
def escalation_withdraw(
    *, actor: Any, escalation: Escalation, why: str, on: date | None = None
) -> Escalation:
    """The one who raised it, or their manager, withdraws it, saying why; the escalation closes."""
    day = on or timezone.localdate()
    current = _open_for_step(escalation, day, why, text_field="why", missing="Say why it is withdrawn")
    if not may_withdraw(actor, current):
        raise ValidationError("Only the person who raised this escalation, or their manager, can withdraw it")
    _close(
        actor=actor,
        current=current,
        status=Status.WITHDRAWN,
        day=day,
        resolution=why.strip(),
        kind=StepKind.WITHDRAWN,
    )
    _refresh(escalation, current)
    return current
