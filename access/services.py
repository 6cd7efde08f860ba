from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from access.models import AccessGrant, BreakGlass
from accounts.roles import can_break_glass, is_partner_role
from audit.actions import AuditAction
from audit.recording import save_audited
from audit.services import audit_record
from people.models import Child


@transaction.atomic
def grant_create(
    *,
    actor: Any,
    child: Child,
    user: Any,
    reason: str,
    expires_at: datetime,
    starts_at: datetime | None = None,
) -> AccessGrant:
    """Give a partner (police, health, school, carer...) read access to one child until a date. Staff who are
    responsible for the child are allocated instead, so a grant to oneself or to a social worker is refused."""
    if user.pk == actor.pk:
        raise ValidationError({"user": "You cannot give yourself access"})
    if not is_partner_role(user.role):
        raise ValidationError(
            {"user": "Grants are for partners; allocate a social worker, manager or IRO instead"}
        )
    return _grant(actor, child, user, reason.strip(), starts_at or timezone.now(), expires_at)


def _grant(
    actor: Any, child: Child, user: Any, reason: str, starts_at: datetime, expires_at: datetime
) -> AccessGrant:
    grant = AccessGrant(
        child=child, user=user, reason=reason, granted_by=actor, starts_at=starts_at, expires_at=expires_at
    )
    save_audited(actor=actor, instance=grant, child_id=child.pk)
    audit_record(
        actor=actor,
        action=AuditAction.GRANT,
        object_type="accessgrant",
        object_id=grant.pk,
        child_id=child.pk,
        reason=f"to {user.get_username()} until {expires_at:%d/%m/%Y %H:%M}: {reason}",
    )
    return grant


HANDOVER_REASON = "Handover: to add to and sign off the transfer summary"


@transaction.atomic
def handover_grant_create(*, actor: Any, child: Child, user: Any, expires_at: datetime) -> AccessGrant:
    """Read access for a social worker handing a child over, until the transfer summary is due and a little
    after: their allocation may end on the day of the change, and they still have to sign the summary off."""
    return _grant(actor, child, user, HANDOVER_REASON, timezone.now(), expires_at)


@transaction.atomic
def grant_revoke(*, actor: Any, grant: AccessGrant) -> AccessGrant:
    grant.revoked_at = timezone.now()
    return save_audited(actor=actor, instance=grant, child_id=grant.child_id)


@transaction.atomic
def break_glass_start(*, actor: Any, child: Child, reason: str) -> BreakGlass:
    """Open a child's record in an emergency. Needs a typed reason; a manager reviews it afterwards."""
    if not can_break_glass(actor.role):
        raise ValidationError("Your role cannot use break-glass access")
    if len(reason.strip()) < 10:
        raise ValidationError({"reason": "Explain why you need this record now, in at least 10 characters"})
    now = timezone.now()
    use = BreakGlass(
        child=child,
        user=actor,
        reason=reason.strip(),
        started_at=now,
        expires_at=now + timedelta(hours=settings.BREAK_GLASS_HOURS),
    )
    use.full_clean()
    use.save()
    audit_record(
        actor=actor,
        action=AuditAction.BREAK_GLASS,
        object_type="breakglass",
        object_id=use.pk,
        child_id=child.pk,
        reason=use.reason,
    )
    return use


@transaction.atomic
def break_glass_review(*, actor: Any, use: BreakGlass, outcome: str, note: str) -> BreakGlass:
    if use.user_id == actor.pk:
        raise ValidationError("You cannot review your own break-glass use")
    use.reviewed_by = actor
    use.reviewed_at = timezone.now()
    use.outcome = outcome
    use.review_note = note.strip()
    use.full_clean()
    use.save()
    audit_record(
        actor=actor,
        action=AuditAction.REVIEW,
        object_type="breakglass",
        object_id=use.pk,
        child_id=use.child_id,
        reason=f"{use.get_outcome_display()}: {use.review_note}",
    )
    return use
